// Pieces shared by the OCOP charts: constant axis props, goal lines, labelled bars, and axes that mark the selected year or region.
import { createContext, use } from 'react';
import { Rectangle, type BarShapeProps, type XAxisTickContentProps, type YAxisTickContentProps } from 'recharts';
import { AXIS_TEXT_COLOR, TARGET_LINE_COLOR } from '../chart-colors';

// Constant props: Recharts redraws a whole chart when one of its props is a new object or function.
/** Ticks of a value axis. */
export const VALUE_TICK = { fill: AXIS_TEXT_COLOR };
/** Ticks of a category axis (names that may wrap). */
export const CATEGORY_TICK = { fill: AXIS_TEXT_COLOR, fontSize: 12 };

/** Light band behind the selected year or region (the tick's ▶ and bold text say the same without colour). */
export const SELECTED_BAND_FILL = '#e5e7eb';

/** A goal line's label: dark text with a white halo, readable where it crosses a bar. */
export function goalLabel(value: string, position: 'insideTopLeft' | 'top' = 'insideTopLeft') {
  // Callers memoise the result: a new label object makes Recharts redraw the line.
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

export const GOAL_LINE_PROPS = { stroke: TARGET_LINE_COLOR, strokeWidth: 2, strokeDasharray: '6 4', ifOverflow: 'extendDomain' } as const;

/** What a year axis marks: the selected year, and a note under a year with nothing to count. */
export interface YearAxis {
  readonly selected: number;
  readonly mark: (year: number) => string;
  readonly note?: (year: number) => string | undefined;
}

const YearAxisContext = createContext<YearAxis>({ selected: NaN, mark: String });

/**
 * Gives the year ticks inside it their selected year and notes. Through context rather than the axis's `tick`
 * prop: a new tick prop makes Recharts recompute the whole chart, a context change re-renders only the ticks.
 */
export const YearAxisProvider = YearAxisContext.Provider;

function YearTick(props: Partial<XAxisTickContentProps>) {
  const { selected, mark, note } = use(YearAxisContext);
  const year = Number(props.payload?.value);
  const isSelected = year === selected;
  const extra = note?.(year);
  return (
    <text x={props.x} y={props.y} textAnchor="middle" fill={AXIS_TEXT_COLOR} fontSize={13} fontWeight={isSelected ? 700 : 400}>
      <tspan x={props.x} dy="0.9em">
        {isSelected ? mark(year) : String(year)}
      </tspan>
      {extra && (
        <tspan x={props.x} dy="1.2em" fontSize={11}>
          {extra}
        </tspan>
      )}
    </text>
  );
}

/** The x-axis tick of every year chart: one element for the life of the app, so the axis never looks changed. */
export const YEAR_TICK = <YearTick />;

/** What a category axis marks: the selected categories (by their label on the axis). */
export interface CategoryAxis {
  readonly selected: ReadonlySet<string>;
  readonly mark: (label: string) => string;
}

const CategoryAxisContext = createContext<CategoryAxis>({ selected: new Set(), mark: String });

/** Gives the category ticks inside it the selected categories (through context, as for the years). */
export const CategoryAxisProvider = CategoryAxisContext.Provider;

/** Splits a label into lines of at most `max` characters at spaces (a longer word keeps its own line). */
export function wrapWords(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Characters per line of a category tick (about 150 px at 12 px). */
const TICK_LINE = 22;

function CategoryTick(props: Partial<YAxisTickContentProps>) {
  const { selected, mark } = use(CategoryAxisContext);
  const label = String(props.payload?.value ?? '');
  const isSelected = selected.has(label);
  // Lines are counted, not measured: measuring text costs a layout per tick on every redraw.
  const lines = wrapWords(isSelected ? mark(label) : label, TICK_LINE);
  return (
    <text x={props.x} y={props.y} textAnchor="end" fill={AXIS_TEXT_COLOR} fontSize={12} fontWeight={isSelected ? 700 : 400}>
      {lines.map((line, i) => (
        <tspan key={i} x={props.x} dy={i === 0 ? `${0.355 - (lines.length - 1) * 0.55}em` : '1.1em'}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** A tick for a category axis that marks the selected categories (bold, with a sign). */
export const CATEGORY_TICK_MARKED = <CategoryTick />;

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
