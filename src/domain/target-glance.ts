// The leaders' glance: which targets come first (the ones behind) and how each target's figure moved over the years.
import type { DocumentIndex } from './document-index';
import { computeMetric } from './metrics';
import type { Scope } from './metrics';
import type { TargetEvaluation, TargetStatus } from './target-status';

/** Most urgent first: a target past its deadline, then at risk, then unknown, then on track, then met. */
export const URGENCY: Record<TargetStatus, number> = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3, achieved: 4 };

/** The statuses that mean "behind": the deadline passed without the goal, or below the pace / without a pace. */
export const BEHIND: ReadonlySet<TargetStatus> = new Set<TargetStatus>(['off-track', 'at-risk']);

/** The evaluations ordered by urgency; within a status, the document's order is kept. */
export function behindFirst<T extends { readonly evaluation: TargetEvaluation }>(rows: readonly T[]): T[] {
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => URGENCY[a.row.evaluation.status] - URGENCY[b.row.evaluation.status] || a.i - b.i)
    .map((x) => x.row);
}

export interface TrendPoint {
  readonly year: number;
  /** The target's metric at the end of the year (at the as-of date in the as-of year); null = no data. */
  readonly value: number | null;
}

/**
 * A target's metric over the document's years up to the view's year, for the same scope its status was
 * judged on (the province for a province-wide target under a district filter). Reported targets have one
 * value, not a series: their trend is empty.
 */
export function targetTrend(index: DocumentIndex, e: TargetEvaluation, scope: Scope): TrendPoint[] {
  const t = e.target;
  if (t.metric === 'reported') return [];
  const regionIds = e.judgedOn === 'province' ? null : scope.regionIds;
  const points: TrendPoint[] = [];
  for (const year of index.years) {
    if (year > scope.year) break;
    const r = computeMetric(index, t.metric, { regionIds, year });
    points.push({ year, value: r?.kind === 'value' && r.unit === t.unit ? r.value : null });
  }
  return points.some((p) => p.value !== null) ? points : [];
}

/** Every target's trend, by target id. */
export function targetTrends(
  index: DocumentIndex,
  evaluations: readonly TargetEvaluation[],
  scope: Scope,
): ReadonlyMap<string, TrendPoint[]> {
  return new Map(evaluations.map((e) => [e.target.id, targetTrend(index, e, scope)]));
}
