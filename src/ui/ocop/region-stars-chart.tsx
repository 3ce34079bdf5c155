// Every region's recognised products at the end of the year, stacked by stars (capped), with a button per bar to filter by it.
import { useMemo } from 'react';
import { capRegionStars, starsByRegion, summariseRegionStars, type RegionStars } from '../../domain/ocop/by-region';
import { ChartFigure } from '../chart-figure';
import { byRegion } from '../charts/columns';
import { CategoryPlot } from '../charts/plots';
import { RegionButtons } from '../charts/region-buttons';
import { useRegionClick, useSelectedRegions } from '../charts/selection';
import type { Column } from '../data-table';
import type { SectionProps } from '../section-props';
import { starColumns, starBars, starLegend, starShapes } from './star-stack';
import { useOcopText } from './use-ocop-text';

/** Bars drawn before the rest is summed: 3 stars × (15 + up to 15 selected + 1) stays under ~150 marks. */
const LIMIT = 15;
const MARGIN = { top: 4, right: 36, bottom: 4, left: 4 };

interface BarRow extends RegionStars {
  readonly label: string;
}

export function RegionStarsChart({ index, regionIds, year }: Pick<SectionProps, 'index' | 'regionIds' | 'year'>) {
  const { m, f, axis, regionLevel, regionLevelLower } = useOcopText(index);
  const rows = useMemo(() => starsByRegion(index, year, f.compare), [index, year, f]);
  const capped = useMemo(() => capRegionStars(rows, regionIds, LIMIT), [rows, regionIds]);
  // The bars do not depend on the selection unless it brings in a region beyond the first ones: the selection is
  // marked through the axis context and a band, so choosing a region does not redraw the chart from scratch.
  const data = useMemo(() => {
    const bars: BarRow[] = capped.shown.map((r) => ({ ...r, label: r.name }));
    const others = capped.others;
    if (others)
      bars.push({ regionId: '', name: '', ...others.mean, label: m.regions.othersRow({ count: others.regions, level: regionLevelLower }) });
    return bars;
  }, [capped, m, regionLevelLower]);
  const mark = useMemo(() => (label: string) => m.selectedMark({ label }), [m]);
  const { axis: categoryAxis } = useSelectedRegions(capped.shown, regionIds, mark);

  const n = axis.count;
  // Totals with one decimal: the row of the other regions is their mean.
  const shapes = useMemo(() => starShapes(axis.countOneDecimal, true), [axis]);
  const s = summariseRegionStars(rows);
  const summary = s.top
    ? m.regions.summary({
        year,
        top: s.top.name,
        n: n(s.top.total),
        zero: n(s.withoutProducts),
        regions: n(s.regions),
        level: regionLevelLower,
      })
    : m.regions.summaryNone({ year, regions: n(s.regions), level: regionLevelLower });
  const columns: Column<RegionStars>[] = [{ key: 'region', label: regionLevel, cell: (r) => r.name }, ...starColumns<RegionStars>(m, n)];
  const selectRow = useRegionClick();

  const title = m.regions.title({ level: regionLevelLower, year });
  const cappedNote =
    capped.others &&
    m.regions.cappedNote({
      shown: n(capped.shown.length),
      rest: n(capped.others.regions),
      sum: n(capped.others.sum.total),
      mean: f.number(capped.others.mean.total, 1),
      total: n(rows.length),
      level: regionLevelLower,
    });
  const buttonText = (r: (typeof capped.shown)[number]) => m.regions.button({ name: r.name, n: n(r.total) });
  return (
    <div className="ocop-regions">
      <ChartFigure
        title={title}
        summary={summary}
        table={{ columns, rows, rowKey: byRegion, fileName: `ocop-${year}-products-by-region` }}
        height={80 + data.length * 30}
        testId="ocop-regions"
        legend={starLegend(m)}
      >
        <CategoryPlot data={data} value={axis.means} margin={MARGIN} width={150} axis={categoryAxis}>
          {starBars(m, shapes, { className: 'chart-clickable', onClick: selectRow })}
        </CategoryPlot>
      </ChartFigure>
      <RegionButtons
        regions={capped.shown}
        selected={regionIds}
        level={regionLevelLower}
        chart={title}
        cappedNote={cappedNote}
        text={buttonText}
      />
    </div>
  );
}
