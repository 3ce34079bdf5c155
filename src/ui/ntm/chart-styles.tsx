// Colours, dash patterns, axis spacing and target-line labels shared by the NTM charts.
import type { NtmSeries } from '../../domain/ntm/progress';
import { AXIS_TEXT_COLOR, LEVEL_COLORS, TARGET_LINE_COLOR } from '../chart-colors';

/** A series has the colour of its lowest level: "advanced or higher" is drawn in the advanced colour. */
export const SERIES_COLOR: Record<NtmSeries, string> = {
  ntmOrHigher: LEVEL_COLORS.ntm,
  advancedOrHigher: LEVEL_COLORS.advanced,
  model: LEVEL_COLORS.model,
};

export const TARGET_DASH = '2 3';

/**
 * Year ticks: every year up to 12, else every other one. A fixed interval also spares Recharts from measuring
 * tick text on every update (its default "preserveEnd" does), which keeps filter changes cheap.
 */
export const yearInterval = (years: number) => (years > 12 ? 1 : 0);

/** A target line's label: dark text with a white halo, readable where it crosses a bar. */
export function targetLabel(value: string) {
  return {
    value,
    position: 'insideTopLeft',
    fill: TARGET_LINE_COLOR,
    fontSize: 13,
    fontWeight: 600,
    stroke: '#fff',
    strokeWidth: 4,
    paintOrder: 'stroke',
  } as const;
}

interface TickProps {
  readonly x: number | string;
  readonly y: number | string;
  readonly index: number;
  readonly payload: { readonly value: unknown };
}

/**
 * Axis tick renderers that draw plain SVG text. Recharts' default tick wraps words and so measures every label
 * in the DOM on every update; these labels are short and never wrap.
 */
export function plainTicks(format: (value: unknown) => string, className?: string) {
  return {
    x: (p: TickProps) => (
      <text x={p.x} y={p.y} dy="0.71em" textAnchor="middle" fill={AXIS_TEXT_COLOR} fontSize={14}>
        {format(p.payload.value)}
      </text>
    ),
    y: (p: TickProps) => (
      <text
        x={p.x}
        y={p.y}
        dy="0.32em"
        textAnchor="end"
        fill={AXIS_TEXT_COLOR}
        fontSize={className ? 13 : 14}
        className={className ? `${className} ${className}-${p.index}` : undefined}
      >
        {format(p.payload.value)}
      </text>
    ),
  };
}
