// What the charts draw on their plots: goal lines and bands with their label, the selection's band, labelled bars.
import { Rectangle, ReferenceArea, type BarShapeProps } from 'recharts';
import { AXIS_TEXT_COLOR, TARGET_LINE_COLOR } from '../chart-colors';
import type { LegendItem } from './chart-box';

// Constant props: Recharts redraws a whole chart when one of its props is a new object or function.
/** Light band behind the selected year or region (the tick's ▶ and bold text say the same without colour). */
export const SELECTED_BAND_FILL = '#e5e7eb';

/** The dash of every goal line and goal band, in the plot and in the legend's swatch. */
export const GOAL_DASH = '6 4';

type LabelPosition = 'insideTopLeft' | 'top';
const labels = new Map<string, ReturnType<typeof makeGoalLabel>>();

function makeGoalLabel(value: string, position: LabelPosition) {
  return {
    value,
    position,
    fill: TARGET_LINE_COLOR,
    fontSize: 13,
    fontWeight: 600,
    stroke: '#fff',
    strokeWidth: 4,
    paintOrder: 'stroke',
  } as const;
}

/**
 * A goal's label (line or band): dark text with a white halo, readable where it crosses a bar. The same text gets
 * the same object back: a new label object makes Recharts redraw the line.
 */
export function goalLabel(value: string, position: LabelPosition = 'insideTopLeft') {
  const key = `${position}\u0000${value}`;
  let hit = labels.get(key);
  if (!hit) labels.set(key, (hit = makeGoalLabel(value, position)));
  return hit;
}

/** A goal's entry in the legend: its words beside a dashed line. */
export const goalLegend = (label: string): LegendItem => ({ label, color: TARGET_LINE_COLOR, kind: 'dashed' });

export const GOAL_LINE_PROPS = {
  stroke: TARGET_LINE_COLOR,
  strokeWidth: 2,
  strokeDasharray: GOAL_DASH,
  ifOverflow: 'extendDomain',
} as const;

/** A goal range ("between 1 and 2"): a light band edged with the goal's dash, in the given colour. */
export const goalBandProps = (color: string) =>
  ({ fill: color, fillOpacity: 0.15, stroke: color, strokeDasharray: GOAL_DASH, ifOverflow: 'extendDomain' }) as const;

/**
 * The band behind each selected category (a year or a region's label), as elements placed straight inside a
 * Recharts chart. The axis tick marks the same categories in words (see ticks.tsx).
 */
export function selectedBands(labels: readonly (string | number)[], lying: boolean) {
  return labels.map((l) =>
    lying ? (
      <ReferenceArea key={l} y1={l} y2={l} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
    ) : (
      <ReferenceArea key={l} x1={l} x2={l} fill={SELECTED_BAND_FILL} fillOpacity={0.8} ifOverflow="hidden" />
    ),
  );
}

/** The text a bar writes beside itself, from its row; empty for none. */
export type BarText = (row: Record<string, unknown>) => string;

/**
 * A bar shape that writes a text beside the bar: above it for upright bars, to its right for lying ones. Drawn in
 * the bar's own shape rather than with <LabelList>, which costs several times the rest of a chart on every update.
 */
export function labelledBar(text: BarText, lying = false) {
  return function LabelledBar(props: BarShapeProps) {
    const label = text((props.payload ?? {}) as Record<string, unknown>);
    const { x, y, width, height } = props;
    return (
      <g>
        <Rectangle {...props} />
        {label && (
          <text
            x={lying ? x + width + 4 : x + width / 2}
            y={lying ? y + height / 2 : y - 5}
            textAnchor={lying ? 'start' : 'middle'}
            dominantBaseline={lying ? 'central' : 'auto'}
            fill={AXIS_TEXT_COLOR}
            fontSize={12}
            stroke="#fff"
            strokeWidth={3}
            paintOrder="stroke"
          >
            {label}
          </text>
        )}
      </g>
    );
  };
}

/**
 * For each segment of a stacked bar: the bar's total, written once, by the top segment that has a height (by the
 * first segment when all are zero, so a 0 is written too).
 */
export function stackTotal(keys: readonly string[], key: string, totalKey: string, format: (n: number) => string): BarText {
  return (row) => {
    const top = keys.findLast((k) => Number(row[k]) > 0) ?? keys[0];
    return top === key ? format(Number(row[totalKey])) : '';
  };
}

/** A bar's own value, formatted; nothing for a missing value. */
export function ownValue(key: string, format: (n: number) => string): BarText {
  return (row) => (typeof row[key] === 'number' ? format(row[key]) : '');
}

/** A true zero still gets a sliver (and its label); a missing value (null) stays a gap. */
export const zeroSliver = (value: unknown) => (value === 0 ? 2 : 0);
