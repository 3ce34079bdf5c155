// The axis ticks of every chart: values (formatted by the axis), years, and category names; the last two mark the
// selection in words (bold, with a sign), so colour is never the only cue. Each axis says what it is: no tick guesses.
import { createContext, use } from 'react';
import type { XAxisTickContentProps } from 'recharts';
import { AXIS_TEXT_COLOR } from '../chart-colors';

type TickProps = Partial<XAxisTickContentProps>;

/**
 * A value tick: the axis's tickFormatter applied, as plain SVG text. Recharts' default tick wraps words and so
 * measures every label in the page on every update; values are short and never wrap.
 */
function ValueTick(props: TickProps) {
  const raw = props.payload?.value;
  const text = props.tickFormatter ? props.tickFormatter(raw, props.index ?? 0) : String(raw ?? '');
  const dy = props.verticalAnchor === 'start' ? '0.71em' : props.verticalAnchor === 'end' ? '0' : '0.32em';
  return (
    <text x={props.x} y={props.y} dy={dy} textAnchor={props.textAnchor} fill={AXIS_TEXT_COLOR}>
      {text}
    </text>
  );
}

/** The tick of every value axis (counts, shares); the axis's `tickFormatter` says how a value reads. */
export const VALUE_TICK = <ValueTick />;

/** What a year axis marks: the selected year, a year's own name ("đến 2020"), a note under a year with nothing to count. */
export interface YearAxis {
  readonly selected: number;
  readonly mark: (year: number) => string;
  readonly label?: (year: number) => string;
  readonly note?: (year: number) => string | undefined;
}

const YearAxisContext = createContext<YearAxis>({ selected: NaN, mark: String });

/**
 * Gives the year ticks inside it their selected year and notes. Through context rather than the axis's `tick`
 * prop: a new tick prop makes Recharts recompute the whole chart, a context change re-renders only the ticks.
 */
export const YearAxisProvider = YearAxisContext.Provider;

function YearTick(props: TickProps) {
  const { selected, mark, label = String, note } = use(YearAxisContext);
  const year = Number(props.payload?.value);
  const isSelected = year === selected;
  const extra = note?.(year);
  return (
    <text x={props.x} y={props.y} textAnchor="middle" fill={AXIS_TEXT_COLOR} fontSize={13} fontWeight={isSelected ? 700 : 400}>
      <tspan x={props.x} dy="0.9em">
        {isSelected ? mark(year) : label(year)}
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

/**
 * Year ticks: every year up to 12, else every other one. A fixed interval also spares Recharts from measuring
 * tick text on every update (its default "preserveEnd" does).
 */
export const yearInterval = (years: number) => (years > 12 ? 1 : 0);

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

function CategoryTick(props: TickProps) {
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

/** The tick of every category axis (names that may wrap), marking the selected ones (bold, with a sign). */
export const CATEGORY_TICK = <CategoryTick />;
