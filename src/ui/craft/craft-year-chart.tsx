// Craft villages with a 3★+ product at the end of each year, against the goal drawn as a labelled band (or a line).
import { useMemo } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Target } from '../../contract/targets';
import type { CraftYearRow } from '../../domain/craft/by-year';
import type { DocumentIndex } from '../../domain/document-index';
import { ACCENT_COLORS, AXIS_TEXT_COLOR, GRID_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import { ChartFigure } from '../chart-figure';
import type { Column } from '../data-table';
import { ChartBox, ChartLegend } from '../ocop/chart-legend';
import '../ocop/ocop.css';
import { useCraftText } from './use-craft-text';

interface Props {
  readonly index: DocumentIndex;
  readonly year: number;
  readonly scopeLabel: string;
  readonly rows: readonly CraftYearRow[];
  /** The whole province's rows when regions are selected (the goal is a province total), else undefined. */
  readonly province?: readonly CraftYearRow[];
  readonly goal: Target | undefined;
  /** The goal in words, e.g. "1–2". */
  readonly goalText: string;
}

interface Row extends CraftYearRow {
  readonly province?: number;
}

export function CraftYearChart({ index, year, scopeLabel, rows, province, goal, goalText }: Props) {
  const { m, f } = useCraftText(index);
  const data = useMemo<Row[]>(() => rows.map((r, i) => ({ ...r, province: province?.[i]?.withProduct })), [rows, province]);
  const n = (v: number) => f.number(v, 0);
  const first = rows[0];
  const last = rows[rows.length - 1];
  const goalPhrase = goal ? m.byYear.goalPhrase({ goal: goalText, deadline: f.date(goal.deadline) }) : m.byYear.noGoal;
  const summary = `${province ? `${scopeLabel}: ` : ''}${m.byYear.summary({
    year,
    value: n(last?.withProduct ?? 0),
    firstYear: first?.year ?? year,
    firstValue: n(first?.withProduct ?? 0),
    goal: goalPhrase,
  })}`;
  const top = Math.max(goal?.valueMax ?? goal?.value ?? 0, 1);
  const seriesName = province ? `${m.byYear.series} (${scopeLabel})` : m.byYear.series;

  const columns: Column<Row>[] = [
    { key: 'year', label: m.byYear.year, cell: (r) => String(r.year) },
    { key: 'value', label: seriesName, numeric: true, cell: (r) => n(r.withProduct), raw: (r) => r.withProduct },
    ...(province
      ? [
          {
            key: 'province',
            label: `${m.byYear.series} (${m.byYear.provinceLabel})`,
            numeric: true,
            cell: (r: Row) => n(r.province ?? 0),
            raw: (r: Row) => r.province ?? 0,
          },
        ]
      : []),
    ...(goal ? [{ key: 'goal', label: m.byYear.goal, cell: () => goalText }] : []),
  ];

  return (
    <ChartFigure
      title={m.byYear.title}
      summary={summary}
      columns={columns}
      rows={data}
      rowKey={(r) => String(r.year)}
      fileName={`craft-villages-with-3plus-product-${year}`}
      testId="craft-by-year"
    >
      <ChartBox
        legend={
          <ChartLegend
            items={[
              { label: seriesName, color: ACCENT_COLORS[0] },
              ...(province ? [{ label: `${m.byYear.series} (${m.byYear.provinceLabel})`, color: ACCENT_COLORS[1] }] : []),
            ]}
          />
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 24, right: 16, bottom: 4, left: 0 }}>
            <CartesianGrid stroke={GRID_COLOR} vertical={false} />
            <XAxis dataKey="year" tick={{ fill: AXIS_TEXT_COLOR }} />
            <YAxis
              allowDecimals={false}
              domain={[0, (dataMax: number) => Math.max(dataMax, top)]}
              tickFormatter={(v: number) => n(v)}
              tick={{ fill: AXIS_TEXT_COLOR }}
              width={44}
            />
            <Tooltip formatter={(v) => n(Number(v))} />
            {goal?.comparison === 'between' && goal.valueMax !== undefined && (
              <ReferenceArea
                y1={goal.value}
                y2={goal.valueMax}
                fill={ACCENT_COLORS[2]}
                fillOpacity={0.15}
                stroke={ACCENT_COLORS[2]}
                strokeDasharray="6 4"
                label={{ value: m.byYear.goalLine({ goal: goalText }), position: 'insideTopLeft', fill: TARGET_LINE_COLOR, fontSize: 13 }}
              />
            )}
            {goal && goal.comparison !== 'between' && (
              <ReferenceLine
                y={goal.value}
                stroke={TARGET_LINE_COLOR}
                strokeDasharray="6 4"
                label={{ value: m.byYear.goalLine({ goal: goalText }), position: 'insideTopLeft', fill: TARGET_LINE_COLOR, fontSize: 13 }}
              />
            )}
            <Bar dataKey="withProduct" name={seriesName} fill={ACCENT_COLORS[0]} isAnimationActive={false}>
              <LabelList dataKey="withProduct" position="top" fill={AXIS_TEXT_COLOR} formatter={(v: unknown) => n(Number(v))} />
            </Bar>
            {province && (
              <Bar
                dataKey="province"
                name={`${m.byYear.series} (${m.byYear.provinceLabel})`}
                fill={ACCENT_COLORS[1]}
                isAnimationActive={false}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </ChartBox>
    </ChartFigure>
  );
}
