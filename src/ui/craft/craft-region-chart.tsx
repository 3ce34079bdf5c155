// Craft villages in every region: recognised vs with a 3★+ product (capped), a bar click or a button filters by the region.
import { useMemo } from 'react';
import { summariseCraftRegions } from '../../domain/craft/region-summary';
import { capCraftRegions, craftRegionRows, type CraftRegionRow } from '../../domain/craft/by-region';
import type { DocumentIndex } from '../../domain/document-index';
import { ACCENT_COLORS } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import { seriesBars, seriesLegend } from '../charts/series';
import { byRegion } from '../charts/columns';
import { labelledBar, ownValue } from '../charts/marks';
import { CategoryPlot } from '../charts/plots';
import { RegionButtons } from '../charts/region-buttons';
import { useRegionClick, useSelectedRegions } from '../charts/selection';
import type { Column } from '../data-table';
import { useCraftText } from './use-craft-text';

/** Regions drawn before the rest is summed (2 bars × (15 + 15 selected + 1) stays under ~150 marks). */
const LIMIT = 15;
const MARGIN = { top: 4, right: 32, bottom: 4, left: 4 };
const BARS = [
  { key: 'recognised', color: ACCENT_COLORS[0] },
  { key: 'withProduct', color: ACCENT_COLORS[1] },
] as const;

interface Props {
  readonly index: DocumentIndex;
  readonly regionIds: readonly string[];
  readonly year: number;
}

export function CraftRegionChart({ index, regionIds, year }: Props) {
  const { m, f, axis, regionLevel, regionLevelLower } = useCraftText(index);
  const rows = useMemo(() => craftRegionRows(index, year, f.compare), [index, year, f]);
  const capped = useMemo(() => capCraftRegions(rows, regionIds, LIMIT), [rows, regionIds]);
  const data = useMemo(() => {
    const bars = capped.shown.map((r) => ({ ...r, label: r.name }));
    if (capped.others) bars.push({ ...capped.others, label: m.byRegion.otherRegions({ count: capped.others.regions }) });
    return bars;
  }, [capped, m]);
  const shapes = useMemo(
    () => ({
      recognised: labelledBar(ownValue('recognised', axis.count), true),
      withProduct: labelledBar(ownValue('withProduct', axis.count), true),
    }),
    [axis],
  );
  const selection = useSelectedRegions(capped.shown, regionIds);
  const onClick = useRegionClick();

  const n = axis.count;
  const s = summariseCraftRegions(rows);
  const summary = !s.top
    ? m.byRegion.none
    : m.byRegion.summary({
        top: s.top.name,
        topValue: n(s.top.recognised),
        withProduct: n(s.withProduct),
        regions: n(s.regions),
        empty: n(s.empty),
        level: regionLevelLower,
      });
  const count = (k: 'recognised' | 'traditional' | 'withProduct') => ({
    numeric: true,
    cell: (r: CraftRegionRow) => n(r[k]),
    raw: (r: CraftRegionRow) => r[k],
  });
  const columns: Column<CraftRegionRow>[] = [
    { key: 'region', label: regionLevel, cell: (r) => r.name },
    { key: 'recognised', label: m.byRegion.recognised, ...count('recognised') },
    { key: 'traditional', label: m.byRegion.traditional, ...count('traditional') },
    { key: 'withProduct', label: m.byRegion.withProduct, ...count('withProduct') },
  ];

  const title = m.byRegion.title({ level: regionLevelLower });
  const cappedNote =
    capped.others &&
    m.byRegion.cappedNote({
      shown: n(capped.shown.length),
      rest: n(capped.others.regions),
      total: n(rows.length),
      level: regionLevelLower,
    });
  const buttonName = (r: CraftRegionRow) => m.byRegion.filterButton({ name: r.name, recognised: n(r.recognised) });
  const series = BARS.map((b) => ({ key: b.key, name: m.byRegion[b.key], color: b.color }));
  return (
    <div className="craft-regions">
      <ChartFigure
        title={title}
        summary={summary}
        table={{ columns, rows, rowKey: byRegion, fileName: `craft-villages-by-region-${year}` }}
        height={90 + data.length * 44}
        testId="craft-by-region"
        legend={seriesLegend(series)}
      >
        <CategoryPlot data={data} value={axis.counts} margin={MARGIN} width={170} axis={selection.axis}>
          {seriesBars(series, { className: 'chart-clickable', onClick }, shapes)}
        </CategoryPlot>
      </ChartFigure>
      <RegionButtons
        regions={capped.shown}
        selected={regionIds}
        level={regionLevelLower}
        chart={title}
        cappedNote={cappedNote}
        name={buttonName}
      />
    </div>
  );
}
