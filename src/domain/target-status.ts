// Target statuses from rules: achieved, on track, at risk, off track, no data; each with what it was judged on.
import type { Target } from '../data/schema';
import type { DocumentIndex } from './document-index';
import { computeMetric, type MetricResult, type Scope } from './metrics';

export const TARGET_STATUSES = ['achieved', 'on-track', 'at-risk', 'off-track', 'no-data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export type NoDataCause =
  | { readonly kind: 'metric'; readonly reason: Extract<MetricResult, { kind: 'no-data' }>['reason'] }
  | { readonly kind: 'unknown-metric'; readonly metric: string }
  | { readonly kind: 'unit-mismatch'; readonly metricUnit: string }
  | { readonly kind: 'not-reported' }
  | { readonly kind: 'reported-province-only' };

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
  readonly deadlinePassed: boolean;
  /** 'province' when a count target was judged on the whole province although regions are selected. */
  readonly judgedOn: 'selection' | 'province';
  /** For count targets under a region filter: the selected regions' own value (their contribution). */
  readonly selectionResult?: MetricResult;
}

const DAY = 86_400_000;
const toTime = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** The date a view of `year` is judged at: the as-of date in the as-of year, else the year's last day. */
export function evaluationDate(index: DocumentIndex, year: number): string {
  return year >= index.asOfYear ? index.doc.meta.asOf : `${year}-12-31`;
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
export function expectedAt(t: Target, date: string): number | undefined {
  if (!t.baseline) return undefined;
  const start = toTime(t.baseline.date);
  const end = toTime(t.deadline);
  const span = end - start;
  const f = span <= 0 ? 1 : Math.min(1, Math.max(0, (toTime(date) - start) / span));
  return t.baseline.value + (t.value - t.baseline.value) * f;
}

function judge(t: Target, value: number, date: string): Pick<TargetEvaluation, 'status' | 'expected' | 'aboveRange' | 'deadlinePassed'> {
  const deadlinePassed = toTime(date) >= toTime(t.deadline) + DAY;
  const m = meets(t, value);
  if (m.ok) return { status: 'achieved', aboveRange: m.above || undefined, deadlinePassed };
  if (deadlinePassed) return { status: 'off-track', deadlinePassed };
  const expected = expectedAt(t, date);
  if (expected === undefined) return { status: 'at-risk', deadlinePassed };
  const ahead = t.comparison === 'atMost' ? value <= expected : value >= expected;
  return { status: ahead ? 'on-track' : 'at-risk', expected, deadlinePassed };
}

function resultFor(index: DocumentIndex, t: Target, scope: Scope): { result?: MetricResult; noData?: NoDataCause } {
  if (t.metric === 'reported') {
    if (!t.reported) return { noData: { kind: 'not-reported' } };
    if (scope.regionIds && scope.regionIds.length > 0 && t.unit === 'percent') {
      return { noData: { kind: 'reported-province-only' } };
    }
    return { result: { kind: 'value', value: t.reported.value, unit: t.unit } };
  }
  const result = computeMetric(index, t.metric, scope);
  if (!result) return { noData: { kind: 'unknown-metric', metric: t.metric } };
  if (result.kind === 'no-data') return { result, noData: { kind: 'metric', reason: result.reason } };
  if (result.unit !== t.unit) return { result, noData: { kind: 'unit-mismatch', metricUnit: result.unit } };
  return { result };
}

/**
 * Evaluates a target for a scope. Percent targets are judged on the selected regions; count targets are
 * province totals, so under a region filter they are judged on the province and the selection's own value
 * is given as its contribution.
 */
export function evaluateTarget(index: DocumentIndex, t: Target, scope: Scope): TargetEvaluation {
  const evaluatedOn = evaluationDate(index, scope.year);
  const filtered = scope.regionIds !== null && scope.regionIds.length > 0;
  const judgedOn = filtered && t.unit === 'count' ? 'province' : 'selection';
  const judgedScope: Scope = judgedOn === 'province' ? { regionIds: null, year: scope.year } : scope;
  const { result, noData } = resultFor(index, t, judgedScope);
  const selectionResult = judgedOn === 'province' ? resultFor(index, t, scope).result : undefined;
  const base = { target: t, evaluatedOn, judgedOn, selectionResult } as const;
  if (noData || !result || result.kind !== 'value') {
    return { ...base, status: 'no-data', result, noData, deadlinePassed: toTime(evaluatedOn) > toTime(t.deadline) };
  }
  return { ...base, result, ...judge(t, result.value, evaluatedOn) };
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
