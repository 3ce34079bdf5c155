// A small trend: the target's metric over the years up to the view's year, the goal as a dashed line (a band for
// "between"). Plain SVG, no labels on the line; the years sit under it and the values are in its accessible name.
import type { Target } from '../contract/targets';
import type { TrendPoint } from '../domain/target-glance';

const W = 120;
const H = 36;
const PAD = 3;

export function Sparkline({
  points,
  target: t,
  label,
  endLabel,
}: {
  points: readonly TrendPoint[];
  target: Target;
  label: string;
  /** The last year's caption ("đến 30/06/2025" for part of a year). */
  endLabel: string;
}) {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  if (values.length === 0) return null;
  const top = t.unit === 'percent' ? 100 : Math.max(...values, t.valueMax ?? t.value, t.value) * 1.1 || 1;
  const n = points.length;
  const x = (i: number) => (n === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (n - 1));
  const y = (v: number) => H - PAD - (v / top) * (H - 2 * PAD);
  // One path with a gap wherever a year has no value; part of a year is drawn dashed, apart from the whole years.
  const lastIndex = points.findLastIndex((p) => p.value !== null);
  const partial = points[lastIndex]?.partial === true;
  const whole = partial ? points.slice(0, lastIndex) : points;
  const d = linePath(
    whole.map((p) => p.value),
    x,
    y,
  );
  const last = points[lastIndex]?.value ?? 0;
  const before = partial ? points[lastIndex - 1]?.value : undefined;
  return (
    <figure className="sparkline" data-testid="sparkline">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
        {t.comparison === 'between' ? (
          <rect
            className="sparkline__band"
            x={0}
            y={y(t.valueMax ?? t.value)}
            width={W}
            height={Math.max(1, y(t.value) - y(t.valueMax ?? t.value))}
          />
        ) : (
          <line className="sparkline__goal" x1={0} x2={W} y1={y(t.value)} y2={y(t.value)} />
        )}
        <path className="sparkline__line" d={d} />
        {partial && before !== undefined && before !== null && (
          <path className="sparkline__line sparkline__line--partial" d={`M${x(lastIndex - 1)},${y(before)}L${x(lastIndex)},${y(last)}`} />
        )}
        <circle className="sparkline__dot" cx={x(lastIndex)} cy={y(last)} r={2.5} />
      </svg>
      <figcaption className="sparkline__years" aria-hidden="true">
        <span>{points[0]?.year}</span>
        <span>{endLabel}</span>
      </figcaption>
    </figure>
  );
}

/** An SVG path through the values, with a gap wherever a value is missing (shared with the district lines). */
export function linePath(values: readonly (number | null | undefined)[], x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || v === undefined) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  return d;
}
