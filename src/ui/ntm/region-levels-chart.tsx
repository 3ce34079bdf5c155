// Communes by NTM level in every region at the end of the year: stacked bars (capped), and a button per bar to filter by it.
import { memo, useMemo } from 'react';
import { NTM_LEVELS } from '../../contract/values';
import type { NtmLevel } from '../../contract/values';
import { regionsBeyond } from '../../domain/capped-rows';
import { capRegionRows, levelsByRegion, summariseRegionLevels, type RegionLevels } from '../../domain/ntm/by-region';
import { LEVEL_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { seriesBars, seriesLegend } from '../charts/series';
import { byRegion } from '../charts/columns';
import { CategoryPlot } from '../charts/plots';
import { RegionButtons } from '../charts/region-buttons';
import { useRegionClick, useSelectedRegions } from '../charts/selection';
import type { Column } from '../data-table';
import type { SectionProps } from '../section-props';
import { useNtmText } from './use-ntm-text';

const MARGIN = { top: 4, right: 16, bottom: 4, left: 4 };

/** Bars drawn before the rest is summed (4 levels × (15 + 15 selected + 1) stays under ~150 marks). */
const LIMIT = 15;

/** Memoised: the section re-renders on every filter change, this only when its own inputs change. */
export const RegionLevelsChart = memo(function RegionLevelsChart({
  index,
  regionIds,
  year,
}: Pick<SectionProps, 'index' | 'regionIds' | 'year'>) {
  const { m, f, axis, regionLevel, regionLevelLower } = useNtmText(index);
  const onClick = useRegionClick();
  const rows = useMemo(() => levelsByRegion(index, year, f.compare), [index, year, f]);
  // The bars change only when a selected region outside the first LIMIT must be added; otherwise a selection
  // change only marks them (the axis's words and a band), which keeps a filter change cheap.
  const beyond = regionsBeyond(rows, regionIds, LIMIT).join('\u0000');
  const capped = useMemo(() => capRegionRows(rows, beyond ? beyond.split('\u0000') : [], LIMIT), [rows, beyond]);
  const data = useMemo(() => {
    const bars = capped.shown.map((r) => ({ ...r, label: r.name }));
    if (capped.others) bars.push({ ...capped.others, label: m.othersRow({ count: capped.others.regions, level: regionLevelLower }) });
    return bars;
  }, [capped, m, regionLevelLower]);
  const series = useMemo(() => NTM_LEVELS.map((l) => ({ key: l, name: m.level[l], color: LEVEL_COLORS[l] })), [m]);
  const legend = useMemo(() => seriesLegend(series), [series]);
  const selection = useSelectedRegions(capped.shown, regionIds);

  const s = summariseRegionLevels(rows);
  const summary = s.top
    ? m.byRegionSummary({
        year,
        top: s.top.name,
        n: f.number(s.top.advancedOrHigher, 0),
        total: f.number(s.top.total, 0),
        zero: f.number(s.withoutAdvanced, 0),
        regions: f.number(s.regions, 0),
        level: regionLevelLower,
      })
    : m.byRegionSummaryNone({ year, level: regionLevelLower, regions: f.number(s.regions, 0), total: f.number(s.communes, 0) });

  const count = (k: NtmLevel | 'total' | 'advancedOrHigher') => ({
    cell: (r: RegionLevels) => f.number(r[k], 0),
    raw: (r: RegionLevels) => r[k],
    numeric: true,
  });
  const columns: Column<RegionLevels>[] = [
    { key: 'region', label: regionLevel, cell: (r) => r.name },
    ...NTM_LEVELS.map((l) => ({ key: l, label: m.level[l], ...count(l) })),
    { key: 'total', label: m.column.total, ...count('total') },
    { key: 'adv', label: m.column.advancedOrHigher, ...count('advancedOrHigher') },
    {
      key: 'share',
      label: m.column.share,
      numeric: true,
      cell: (r) => (r.advancedOrHigherShare === null ? '—' : f.percent(r.advancedOrHigherShare)),
      raw: (r) => (r.advancedOrHigherShare === null ? '' : Math.round(r.advancedOrHigherShare * 10) / 10),
    },
  ];

  const n = (v: number) => f.number(v, 0);
  const title = m.byRegionTitle({ level: regionLevelLower, year });
  const cappedNote =
    capped.others &&
    m.cappedNote({ shown: n(capped.shown.length), rest: n(capped.others.regions), total: n(rows.length), level: regionLevelLower });
  return (
    <div className="ntm-region-levels">
      <ChartFigure
        title={title}
        summary={summary}
        table={{ columns, rows, rowKey: byRegion, fileName: `ntm-${year}-levels-by-region` }}
        height={90 + data.length * 30}
        testId="ntm-region-levels"
        legend={legend}
      >
        <CategoryPlot data={data} value={axis.counts} margin={MARGIN} width={190} axis={selection.axis}>
          {seriesBars(series, { stackId: 'levels', className: 'chart-clickable', onClick })}
        </CategoryPlot>
      </ChartFigure>
      <RegionButtons regions={capped.shown} selected={regionIds} level={regionLevelLower} chart={title} cappedNote={cappedNote} />
    </div>
  );
});
