// The leaders' glance: which targets come first (the ones behind) and how each target's figure moved over the years.
import { yearsUpTo } from './chart-years';
import type { DocumentIndex } from './document-index';
import { computeMetric, METRICS, metricOf } from './metrics';
import type { Scope } from './metrics';
import { finish, type Steps } from './steps';
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
  /** A flow (what happened within the year) in a year not over: the value covers part of the year only. */
  readonly partial?: boolean;
}

/**
 * A target's metric over the document's years up to the view's year, for the same scope its status was
 * judged on (the province for a province-wide target under a district filter). Reported targets have one
 * value, not a series: their trend is empty.
 */
export function targetTrend(index: DocumentIndex, e: TargetEvaluation, scope: Scope): TrendPoint[] {
  return finish(targetTrendSteps(index, e, scope));
}

/** The same, pausing after each year (each year is one pass over the scope's records). */
export function* targetTrendSteps(index: DocumentIndex, e: TargetEvaluation, scope: Scope): Steps<TrendPoint[]> {
  const t = e.target;
  const metric = metricOf(t);
  if (!metric) return [];
  const regionIds = e.judgedOn === 'province' ? null : e.judgedOn === 'target-regions' ? (t.regionIds ?? null) : scope.regionIds;
  const flow = METRICS.get(metric)?.kind === 'flow';
  const points: TrendPoint[] = [];
  for (const year of yearsUpTo(index.years[0], Math.min(scope.year, index.asOfYear))) {
    const r = computeMetric(index, metric, { regionIds, year });
    const value = r?.kind === 'value' && r.unit === t.unit ? r.value : null;
    const partial = flow && year === scope.year && !e.yearComplete;
    points.push(partial ? { year, value, partial } : { year, value });
    yield;
  }
  return trimStart(points);
}

/** At most this many years are drawn: the direction of the last decade, not a squashed line. */
export const TREND_YEARS = 10;

/**
 * Drops the years before the figure starts: leading years without a value, and leading zeros but the last
 * one (the line rises from nothing, not from a decade of nothing); then keeps the last TREND_YEARS.
 */
function trimStart(points: TrendPoint[]): TrendPoint[] {
  let start = points.findIndex((p) => p.value !== null);
  if (start < 0) return [];
  const firstNonZero = points.findIndex((p) => p.value !== null && p.value !== 0);
  if (firstNonZero > start) start = Math.max(start, firstNonZero - 1);
  return points.slice(Math.max(start, points.length - TREND_YEARS));
}

/** Every target's trend, by target id. */
export function targetTrends(
  index: DocumentIndex,
  evaluations: readonly TargetEvaluation[],
  scope: Scope,
): ReadonlyMap<string, TrendPoint[]> {
  return finish(targetTrendsSteps(index, evaluations, scope));
}

export function* targetTrendsSteps(
  index: DocumentIndex,
  evaluations: readonly TargetEvaluation[],
  scope: Scope,
): Steps<ReadonlyMap<string, TrendPoint[]>> {
  const trends = new Map<string, TrendPoint[]>();
  for (const e of evaluations) trends.set(e.target.id, yield* targetTrendSteps(index, e, scope));
  return trends;
}
