// Target statuses from rules: achieved, on track, at risk, off track, no data; each with what it was judged on.
import type { Target } from '../contract/targets';
import type { DocumentIndex } from './document-index';
import { evaluationDate, isYearComplete, toTime } from './evaluation-date';
import { computeMetric, METRICS, metricOf, type MetricResult, type Scope } from './metrics';

export { evaluationDate } from './evaluation-date';

export const TARGET_STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export type NoDataCause =
  | { readonly kind: 'metric'; readonly reason: Extract<MetricResult, { kind: 'no-data' }>['reason'] }
  | { readonly kind: 'unknown-metric'; readonly metric: string }
  | { readonly kind: 'unit-mismatch'; readonly metricUnit: string }
  | { readonly kind: 'not-reported' }
  /** The reported value is dated after the year judged: it says nothing about that year. */
  | { readonly kind: 'reported-later'; readonly asOf: string };

/**
 * Whose figure the status is judged on: the selected regions (shares, or no filter), the whole province (a
 * province count target under a region filter), or the target's own regions (a district's target).
 */
export type JudgedOn = 'selection' | 'province' | 'target-regions';

export interface TargetEvaluation {
  readonly target: Target;
  readonly status: TargetStatus;
  /** The value the status was judged on (undefined when there is none). */
  readonly result: MetricResult | undefined;
  readonly noData?: NoDataCause;
  /** The value a straight line from baseline to deadline expects at the evaluation date. */
  readonly expected?: number;
  /** For "between": the value is above the range (counted as achieved). */
  readonly aboveRange?: boolean;
  readonly evaluatedOn: string;
  /** True when the year judged is over (evaluated on 31 December); else figures run to `evaluatedOn`. */
  readonly yearComplete: boolean;
  /** True from the deadline day on: the result is final, achieved or not (off track). */
  readonly deadlinePassed: boolean;
  readonly judgedOn: JudgedOn;
  /** For province count targets under a region filter: the selected regions' own value (their contribution). */
  readonly selectionResult?: MetricResult;
  /** The baseline the pace was drawn from when the target has none: 0 on 1 January, for a count of a flow. */
  readonly impliedBaseline?: { readonly value: number; readonly date: string };
}

/** Whether `value` satisfies the target's comparison; "between" also reports a value above the range. */
export function meets(t: Pick<Target, 'comparison' | 'value' | 'valueMax'>, value: number): { ok: boolean; above: boolean } {
  switch (t.comparison) {
    case 'atLeast':
      return { ok: value >= t.value, above: false };
    case 'moreThan':
      return { ok: value > t.value, above: false };
    case 'atMost':
      return { ok: value <= t.value, above: false };
    case 'between': {
      const max = t.valueMax ?? t.value;
      return { ok: value >= t.value, above: value > max };
    }
  }
}

/**
 * The straight-line pace from baseline to deadline at `date`, or undefined without a baseline
 * (a target with no baseline cannot be on track, only achieved or not).
 */
export function expectedAt(t: Pick<Target, 'baseline' | 'deadline' | 'value'>, date: string): number | undefined {
  if (!t.baseline) return undefined;
  const start = toTime(t.baseline.date);
  const end = toTime(t.deadline);
  const span = end - start;
  const f = span <= 0 ? 1 : Math.min(1, Math.max(0, (toTime(date) - start) / span));
  return t.baseline.value + (t.value - t.baseline.value) * f;
}

/**
 * The baseline a count of a flow (what happens within a year) starts from when the target gives none: 0 on
 * 1 January of the year judged, so part of a year is judged by the pace for that part. Shares are never prorated.
 */
export function impliedBaseline(t: Target, year: number): { value: number; date: string } | undefined {
  if (t.baseline || t.unit !== 'count' || t.metric === 'reported') return undefined;
  const metric = metricOf(t);
  return metric && METRICS.get(metric)?.kind === 'flow' ? { value: 0, date: `${year}-01-01` } : undefined;
}

function judge(
  t: Target,
  value: number,
  date: string,
  implied: Target['baseline'],
): Pick<TargetEvaluation, 'status' | 'expected' | 'aboveRange' | 'deadlinePassed'> {
  // On the deadline day the figures are final: a year judged on 31 December with a deadline that day is met or not.
  const deadlinePassed = toTime(date) >= toTime(t.deadline);
  const m = meets(t, value);
  if (m.ok) return { status: 'achieved', aboveRange: m.above || undefined, deadlinePassed };
  if (deadlinePassed) return { status: 'off-track', deadlinePassed };
  const expected = expectedAt({ ...t, baseline: t.baseline ?? implied }, date);
  if (expected === undefined) return { status: 'at-risk', deadlinePassed };
  const ahead = t.comparison === 'atMost' ? value <= expected : value >= expected;
  return { status: ahead ? 'on-track' : 'at-risk', expected, deadlinePassed };
}

/** The value a target is judged on for a scope; no value (never one in another unit) when there is none. */
function resultFor(index: DocumentIndex, t: Target, scope: Scope): { result?: MetricResult; noData?: NoDataCause } {
  if (t.metric === 'reported') {
    if (!t.reported) return { noData: { kind: 'not-reported' } };
    // A value reported in 2025 says nothing about 2022: it judges the years from its own date's year on.
    if (Number(t.reported.asOf.slice(0, 4)) > scope.year) return { noData: { kind: 'reported-later', asOf: t.reported.asOf } };
    return { result: { kind: 'value', value: t.reported.value, unit: t.unit } };
  }
  const metric = metricOf(t);
  const result = metric && computeMetric(index, metric, scope);
  if (!result) return { noData: { kind: 'unknown-metric', metric: t.metric } };
  if (result.kind === 'no-data') return { noData: { kind: 'metric', reason: result.reason } };
  if (result.unit !== t.unit) return { noData: { kind: 'unit-mismatch', metricUnit: result.unit } };
  return { result };
}

/** Whose figure a target is judged on in a scope (see JudgedOn). */
export function judgedOnFor(t: Target, scope: Pick<Scope, 'regionIds'>): JudgedOn {
  if (t.regionIds) return 'target-regions';
  const filtered = scope.regionIds !== null && scope.regionIds.length > 0;
  return filtered && (t.unit === 'count' || t.metric === 'reported') ? 'province' : 'selection';
}

/**
 * Evaluates a target for a scope. A district's target is judged on its own regions. A province's percent
 * target is judged on the selected regions; its count targets are province totals, so under a region filter
 * they are judged on the province and the selection's own value is given as its contribution (never for a
 * reported value, which is the province's alone).
 */
export function evaluateTarget(index: DocumentIndex, t: Target, scope: Scope): TargetEvaluation {
  const evaluatedOn = evaluationDate(index, scope.year);
  const judgedOn = judgedOnFor(t, scope);
  const judgedScope: Scope =
    judgedOn === 'province'
      ? { ...scope, regionIds: null }
      : judgedOn === 'target-regions'
        ? { ...scope, regionIds: t.regionIds ?? null }
        : scope;
  const { result, noData } = resultFor(index, t, judgedScope);
  const contribution = judgedOn === 'province' && t.metric !== 'reported' ? resultFor(index, t, scope).result : undefined;
  const implied = impliedBaseline(t, scope.year);
  const base = {
    target: t,
    evaluatedOn,
    yearComplete: isYearComplete(index, scope.year),
    judgedOn,
    selectionResult: contribution,
    impliedBaseline: implied,
  } as const;
  if (noData || !result || result.kind !== 'value') {
    return { ...base, status: 'no-data', result: undefined, noData, deadlinePassed: toTime(evaluatedOn) >= toTime(t.deadline) };
  }
  return { ...base, result, ...judge(t, result.value, evaluatedOn, implied) };
}

export function evaluateTargets(index: DocumentIndex, scope: Scope): TargetEvaluation[] {
  return index.doc.targets.map((t) => evaluateTarget(index, t, scope));
}

export interface StatusTally {
  readonly total: number;
  readonly byStatus: Record<TargetStatus, number>;
}

export function tallyStatuses(evaluations: readonly TargetEvaluation[]): StatusTally {
  const byStatus = Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;
  for (const e of evaluations) byStatus[e.status]++;
  return { total: evaluations.length, byStatus };
}
