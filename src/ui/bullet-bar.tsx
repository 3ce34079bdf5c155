// A small bullet bar: the value as a bar, the goal as a line (or a band for "between"), the expected pace as a notch.
// Plain SVG, no chart library, so it is part of the first view's JavaScript at almost no cost. The numbers are
// given beside it in words; the drawing is decoration for sighted readers (aria-hidden).
import type { TargetEvaluation } from '../domain/target-status';

const W = 120;
const H = 16;

/** The scale's end: 100 for percents; for counts a little above the largest of value, goal and pace. */
export function bulletMax(e: TargetEvaluation): number {
  const t = e.target;
  if (t.unit === 'percent') return 100;
  const value = e.result?.kind === 'value' ? e.result.value : 0;
  const top = Math.max(t.valueMax ?? t.value, t.value, value, e.expected ?? 0);
  return top <= 0 ? 1 : top * 1.15;
}

export function BulletBar({ evaluation: e, className }: { evaluation: TargetEvaluation; className?: string }) {
  const t = e.target;
  const max = bulletMax(e);
  const x = (v: number) => Math.max(0, Math.min(W, (v / max) * W));
  const value = e.result?.kind === 'value' ? e.result.value : undefined;
  return (
    <svg
      className={`bullet bullet--${e.status}${className ? ` ${className}` : ''}`}
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      aria-hidden="true"
      focusable="false"
      data-testid="bullet"
    >
      <rect className="bullet__track" x={0} y={3} width={W} height={H - 6} />
      {t.comparison === 'between' && (
        <rect className="bullet__band" x={x(t.value)} y={1} width={Math.max(2, x(t.valueMax ?? t.value) - x(t.value))} height={H - 2} />
      )}
      {value !== undefined && <rect className="bullet__value" x={0} y={5} width={x(value)} height={H - 10} />}
      {t.comparison !== 'between' && <rect className="bullet__goal" x={Math.min(W - 2, x(t.value) - 1)} y={0} width={2} height={H} />}
      {e.expected !== undefined && e.status !== 'achieved' && (
        <path className="bullet__pace" d={`M${x(e.expected) - 4},${H} L${x(e.expected) + 4},${H} L${x(e.expected)},${H - 6} Z`} />
      )}
    </svg>
  );
}
