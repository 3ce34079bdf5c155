// Every region's recognised products at the end of the year, stacked by stars (capped), with a button per bar to filter by it.
import { useCallback, useMemo } from 'react';
import { BarChart, CartesianGrid, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { capRegionStars, starsByRegion, summariseRegionStars, type RegionStars } from '../../domain/ocop/by-region';
import { useViewActions } from '../../state/view-store';
import { GRID_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import type { SectionProps } from '../section-props';
import { CATEGORY_TICK_MARKED, CategoryAxisProvider, SELECTED_BAND_FILL, VALUE_TICK } from './chart-parts';
import { STAR_KEYS, StarLegend, starBars, starShapes } from './star-stack';
import { ChartBox } from './chart-legend';
import { useOcopText } from './use-ocop-text';

/** Bars drawn before the rest is summed: 3 stars × (15 + up to 15 selected + 1) stays under ~150 marks. */
const LIMIT = 15;
const MARGIN = { top: 4, right: 36, bottom: 4, left: 4 };

interface BarRow extends RegionStars {
  readonly label: string;
}

export function RegionStarsChart({ index, regionIds, year }: Pick<SectionProps, 'index' | 'regionIds' | 'year'>) {
  const { m, f, axis, regionLevel, regionLevelLower } = useOcopText(index);
  const { setRegions } = useViewActions();
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
  const selectedNames = useMemo(() => {
    const chosen = new Set(regionIds);
    return capped.shown.filter((r) => chosen.has(r.regionId)).map((r) => r.name);
  }, [capped, regionIds]);
  const categoryAxis = useMemo(
    () => ({ selected: new Set(selectedNames), mark: (label: string) => m.selectedMark({ label }) }),
    [selectedNames, m],
  );

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
  const columns: Column<RegionStars>[] = [
    { key: 'region', label: regionLevel, cell: (r) => r.name },
    ...STAR_KEYS.map(({ key, stars }) => ({
      key,
      label: m.stars({ n: stars }),
      numeric: true,
      cell: (r: RegionStars) => n(r[key]),
      raw: (r: RegionStars) => r[key],
    })),
    { key: 'total', label: m.column.total, numeric: true, cell: (r) => n(r.total), raw: (r) => r.total },
  ];
  const selectRow = useCallback(
    (d: unknown) => {
      const id = (d as { payload?: BarRow } | undefined)?.payload?.regionId;
      if (id) setRegions([id]);
    },
    [setRegions],
  );
  const chosen = new Set(regionIds);

  return (
    <div className="ocop-regions">
      <ChartFigure
        title={m.regions.title({ level: regionLevelLower, year })}
        summary={summary}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.regionId}
        fileName={`ocop-${year}-products-by-region`}
        height={80 + data.length * 30}
        testId="ocop-regions"
      >
        <ChartBox legend={<StarLegend m={m} />}>
          <CategoryAxisProvider value={categoryAxis}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data} layout="vertical" margin={MARGIN}>
                <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
                {selectedNames.map((name) => (
                  <ReferenceArea key={name} y1={name} y2={name} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
                ))}
                <XAxis type="number" interval={0} allowDecimals={false} tickFormatter={axis.count} tick={VALUE_TICK} />
                <YAxis type="category" dataKey="label" width={150} interval={0} tick={CATEGORY_TICK_MARKED} />
                <Tooltip formatter={axis.tipCountOneDecimal} />
                {starBars(m, shapes, { className: 'ocop-clickable', onClick: selectRow })}
              </BarChart>
            </ResponsiveContainer>
          </CategoryAxisProvider>
        </ChartBox>
      </ChartFigure>
      {capped.others && (
        <p className="ocop-note">
          {m.regions.cappedNote({
            shown: n(capped.shown.length),
            rest: n(capped.others.regions),
            sum: n(capped.others.sum.total),
            mean: f.number(capped.others.mean.total, 1),
            total: n(rows.length),
            level: regionLevelLower,
          })}
        </p>
      )}
      <div className="ocop-region-buttons" role="group" aria-label={m.regions.filterBy({ level: regionLevelLower })}>
        {capped.shown.map((r) => (
          <button
            key={r.regionId}
            type="button"
            className="button button--small"
            aria-pressed={chosen.has(r.regionId)}
            onClick={() => setRegions([r.regionId])}
          >
            {m.regions.button({ name: r.name, n: n(r.total) })}
          </button>
        ))}
      </div>
    </div>
  );
}
