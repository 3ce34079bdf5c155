// Formatters for axes and tooltips, one object per language for the life of the app: Recharts recomputes a whole
// chart when a formatter or domain prop is a new function or array, so they must not be created per render.
import { formatters, type Locale } from '../../i18n/format';

/** How a value axis reads: its formatter, the tooltip's, and for shares a fixed 0–100 scale. */
export interface ValueAxis {
  readonly format: (v: number) => string;
  readonly tip: (v: unknown) => string;
  readonly domain?: readonly [number, number | ((dataMax: number) => number)];
  readonly ticks?: readonly number[];
}

export interface AxisFormatters {
  readonly count: (v: number) => string;
  readonly countOneDecimal: (v: number) => string;
  readonly percent: (v: number) => string;
  /** For tooltips, which pass any value. */
  readonly tipCount: (v: unknown) => string;
  readonly tipPercent: (v: unknown) => string;
  /** Value axes: whole counts, counts with a decimal (means), shares on 0–100. */
  readonly counts: ValueAxis;
  readonly means: ValueAxis;
  readonly shares: ValueAxis;
}

const axisCache = new Map<Locale, AxisFormatters>();

export function axisFormatters(locale: Locale): AxisFormatters {
  let hit = axisCache.get(locale);
  if (!hit) {
    const f = formatters(locale);
    const count = (v: number) => f.number(v, 0);
    const countOneDecimal = (v: number) => f.number(v, 1);
    const percent = (v: number) => f.percent(v, 0);
    const tipCount = (v: unknown) => (typeof v === 'number' ? count(v) : '—');
    const tipPercent = (v: unknown) => (typeof v === 'number' ? f.percent(v) : '—');
    hit = {
      count,
      countOneDecimal,
      percent,
      tipCount,
      tipPercent,
      counts: { format: count, tip: tipCount },
      means: { format: count, tip: (v) => (typeof v === 'number' ? countOneDecimal(v) : '—') },
      shares: { format: percent, tip: tipPercent, domain: [0, 100], ticks: [0, 25, 50, 75, 100] },
    };
    axisCache.set(locale, hit);
  }
  return hit;
}
