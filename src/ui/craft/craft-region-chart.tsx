// Craft villages in every region: recognised vs with a 3★+ product (capped), a bar click or a button filters by the region.
import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { capCraftRegions, craftRegionRows, type CraftRegionRow } from '../../domain/craft/by-region';
import type { DocumentIndex } from '../../domain/document-index';
import { useViewActions } from '../../state/view-store';
import { ACCENT_COLORS, AXIS_TEXT_COLOR, GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { ChartBox, ChartLegend } from '../ocop/chart-legend';
import '../ocop/ocop.css';
import { useCraftText } from './use-craft-text';

/** Regions drawn before the rest is summed (2 bars × (15 + 15 selected + 1) stays under ~150 marks). */
const LIMIT = 15;

interface BarRow extends CraftRegionRow {
  readonly label: string;
  readonly selected: boolean;
}

/** A selected region's bars get a dark outline (its axis label also starts with ▶), not only a colour. */
function shape(props: BarShapeProps) {
  const selected = (props.payload as BarRow | undefined)?.selected;
  return <Rectangle {...props} stroke={selected ? TARGET_LINE_COLOR : 'none'} strokeWidth={selected ? 2 : 0} />;
}

interface Props {
  readonly index: DocumentIndex;
  readonly regionIds: readonly string[];
  readonly year: number;
}

export function CraftRegionChart({ index, regionIds, year }: Props) {
  const { m, f, regionLevel, regionLevelLower } = useCraftText(index);
  const { setRegions } = useViewActions();
  const rows = useMemo(() => craftRegionRows(index, year, f.compare), [index, year, f]);
  const capped = useMemo(() => capCraftRegions(rows, regionIds, LIMIT), [rows, regionIds]);
  const data = useMemo(() => {
    const chosen = new Set(regionIds);
    const bars: BarRow[] = capped.shown.map((r) => ({
      ...r,
      label: chosen.has(r.regionId) ? `▶ ${r.name}` : r.name,
      selected: chosen.has(r.regionId),
    }));
    if (capped.others) bars.push({ ...capped.others, label: m.byRegion.otherRegions({ count: capped.others.regions }), selected: false });
    return bars;
  }, [capped, regionIds, m]);

  const n = (v: number) => f.number(v, 0);
  const top = rows[0];
  const summary =
    !top || top.recognised === 0
      ? m.byRegion.none
      : m.byRegion.summary({
          top: top.name,
          topValue: n(top.recognised),
          withProduct: n(rows.filter((r) => r.withProduct > 0).length),
          regions: n(rows.length),
          empty: n(rows.filter((r) => r.recognised === 0).length),
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
  const filter = (d: { payload?: unknown }) => {
    const id = (d.payload as BarRow | undefined)?.regionId;
    if (id) setRegions([id]);
  };
  const chosen = new Set(regionIds);

  return (
    <div className="craft-regions">
      <ChartFigure
        title={m.byRegion.title({ level: regionLevelLower })}
        summary={summary}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.regionId}
        fileName={`craft-villages-by-region-${year}`}
        height={90 + data.length * 44}
        testId="craft-by-region"
      >
        <ChartBox
          legend={
            <ChartLegend
              items={[
                { label: m.byRegion.recognised, color: ACCENT_COLORS[0] },
                { label: m.byRegion.withProduct, color: ACCENT_COLORS[1] },
              ]}
            />
          }
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 4, right: 32, bottom: 4, left: 4 }}>
              <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => n(v)} tick={{ fill: AXIS_TEXT_COLOR }} />
              <YAxis type="category" dataKey="label" width={170} interval={0} tick={{ fill: AXIS_TEXT_COLOR, fontSize: 13 }} />
              <Tooltip formatter={(v) => n(Number(v))} />
              {(['recognised', 'withProduct'] as const).map((k, i) => (
                <Bar
                  key={k}
                  dataKey={k}
                  name={m.byRegion[k]}
                  fill={ACCENT_COLORS[i === 0 ? 0 : 1]}
                  isAnimationActive={false}
                  shape={shape}
                  className="craft-clickable"
                  onClick={filter}
                >
                  <LabelList dataKey={k} position="right" fill={AXIS_TEXT_COLOR} fontSize={12} formatter={(v: unknown) => n(Number(v))} />
                </Bar>
              ))}
            </BarChart>
          </ResponsiveContainer>
        </ChartBox>
      </ChartFigure>
      <div className="craft-region-buttons" role="group" aria-label={m.byRegion.filterGroup({ level: regionLevelLower })}>
        {capped.shown.map((r) => (
          <button
            key={r.regionId}
            type="button"
            className="button button--small"
            aria-pressed={chosen.has(r.regionId)}
            aria-label={m.byRegion.filterButton({ name: r.name, recognised: n(r.recognised) })}
            onClick={() => setRegions([r.regionId])}
          >
            {r.name}
          </button>
        ))}
      </div>
    </div>
  );
}
