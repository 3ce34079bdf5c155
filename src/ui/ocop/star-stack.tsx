// The 3★/4★/5★ stack shared by the OCOP bar charts: its keys, segment shapes, legend and bars.
import { Bar, type BarProps } from 'recharts';
import type { OcopMessages } from '../../i18n/messages-ocop';
import { STAR_COLORS } from '../chart-colors';
import type { LegendItem } from '../charts/chart-box';
import { labelledBar, stackTotal } from '../charts/marks';
import { countColumn } from '../charts/columns';
import type { StarCounts } from '../../domain/ocop/stars';
import type { Column } from '../data-table';

export const STAR_KEYS = [
  { key: 'three', stars: 3 },
  { key: 'four', stars: 4 },
  { key: 'five', stars: 5 },
] as const;
export const STAR_KEY_NAMES = STAR_KEYS.map((s) => s.key);

export type StarShapes = ReturnType<typeof starShapes>;

/** One shape per stacked segment; the top one writes the stack's total. */
export function starShapes(count: (v: number) => string, lying: boolean) {
  return {
    three: labelledBar(stackTotal(STAR_KEY_NAMES, 'three', 'total', count), lying),
    four: labelledBar(stackTotal(STAR_KEY_NAMES, 'four', 'total', count), lying),
    five: labelledBar(stackTotal(STAR_KEY_NAMES, 'five', 'total', count), lying),
  };
}

/** The legend of the stack: one box per star rating. */
export const starLegend = (m: OcopMessages): LegendItem[] =>
  STAR_KEYS.map(({ stars }) => ({ label: m.stars({ n: stars }), color: STAR_COLORS[stars] }));

/**
 * The three stacked bars, as elements placed straight inside a Recharts chart (a function, not a component,
 * so Recharts sees the <Bar>s themselves). `extra` adds the same props to each bar (click handlers, classes).
 */
export function starBars(m: OcopMessages, shapes: StarShapes, extra: Partial<Omit<BarProps, 'ref'>> = {}) {
  return STAR_KEYS.map(({ key, stars }) => (
    <Bar
      key={key}
      dataKey={key}
      name={m.stars({ n: stars })}
      stackId="stars"
      fill={STAR_COLORS[stars]}
      isAnimationActive={false}
      {...extra}
      shape={shapes[key]}
    />
  ));
}

/** The table's columns for a star stack: one per star rating, then the total. */
export function starColumns<R extends StarCounts>(m: OcopMessages, n: (v: number) => string): Column<R>[] {
  return [
    ...STAR_KEYS.map(({ key, stars }) => countColumn<R, typeof key>(key, m.stars({ n: stars }), n)),
    countColumn<R, 'total'>('total', m.column.total, n),
  ];
}
