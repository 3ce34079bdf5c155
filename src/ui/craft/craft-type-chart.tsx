// Recognised craft villages by craft: the 12 largest crafts and "other", traditional and not stacked.
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { villagesByCraft, type CraftRow } from '../../domain/craft/by-craft';
import type { DocumentIndex } from '../../domain/document-index';
import { ACCENT_COLORS, AXIS_TEXT_COLOR, GRID_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { ChartBox, ChartLegend } from '../ocop/chart-legend';
import { useCraftText } from './use-craft-text';

interface Props {
  readonly index: DocumentIndex;
  readonly regionIds: readonly string[];
  readonly year: number;
}

interface BarRow extends CraftRow {
  readonly label: string;
  readonly nonTraditional: number;
}

export function CraftTypeChart({ index, regionIds, year }: Props) {
  const { m, f } = useCraftText(index);
  const rows = useMemo(() => villagesByCraft(index, regionIds, f.compare), [index, regionIds, f]);
  const data = useMemo<BarRow[]>(
    () =>
      rows.map((r) => ({
        ...r,
        label: r.craft ?? m.byCraft.otherCrafts({ count: r.crafts }),
        nonTraditional: r.recognised - r.traditional,
      })),
    [rows, m],
  );
  const n = (v: number) => f.number(v, 0);
  const top = data[0];
  const crafts = rows.reduce((k, r) => k + r.crafts, 0);
  const summary = top
    ? m.byCraft.summary({ crafts: n(crafts), top: top.label, topValue: n(top.recognised), topTraditional: n(top.traditional) })
    : m.byCraft.empty;
  const columns: Column<BarRow>[] = [
    { key: 'craft', label: m.byCraft.craft, cell: (r) => r.label },
    { key: 'recognised', label: m.byCraft.recognised, numeric: true, cell: (r) => n(r.recognised), raw: (r) => r.recognised },
    { key: 'traditional', label: m.byCraft.traditional, numeric: true, cell: (r) => n(r.traditional), raw: (r) => r.traditional },
  ];

  return (
    <ChartFigure
      title={m.byCraft.title}
      summary={summary}
      columns={columns}
      rows={data}
      rowKey={(r) => r.label}
      fileName={`craft-villages-by-craft-${year}`}
      height={90 + Math.max(data.length, 1) * 32}
      testId="craft-by-craft"
    >
      <ChartBox
        legend={
          <ChartLegend
            items={[
              { label: m.byCraft.traditional, color: ACCENT_COLORS[3] },
              { label: m.byCraft.nonTraditional, color: ACCENT_COLORS[0] },
            ]}
          />
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke={GRID_COLOR} horizontal={false} />
            <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => n(v)} tick={{ fill: AXIS_TEXT_COLOR }} />
            <YAxis type="category" dataKey="label" width={190} interval={0} tick={{ fill: AXIS_TEXT_COLOR, fontSize: 13 }} />
            <Tooltip formatter={(v) => n(Number(v))} />
            <Bar dataKey="traditional" name={m.byCraft.traditional} stackId="craft" fill={ACCENT_COLORS[3]} isAnimationActive={false} />
            <Bar
              dataKey="nonTraditional"
              name={m.byCraft.nonTraditional}
              stackId="craft"
              fill={ACCENT_COLORS[0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </ChartBox>
    </ChartFigure>
  );
}
