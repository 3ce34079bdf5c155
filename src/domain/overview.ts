// The overview of targets for a view: each target's evaluation and its value a year earlier, grouped by whose
// targets they are (the province's, or the selected districts' own) and by area.
import { TARGET_AREAS } from '../contract/values';
import type { Target } from '../contract/targets';
import type { TargetArea } from '../contract/values';
import type { DocumentIndex } from './document-index';
import { evaluationDate, isYearComplete, sameDateYearBefore } from './evaluation-date';
import { METRICS, metricOf, type MetricResult, type Scope } from './metrics';
import { finish, type Steps } from './steps';
import { evaluateTarget, tallyStatuses, type StatusTally, type TargetEvaluation } from './target-status';

/**
 * What the previous figure is: the end of last year (stocks, and any complete year); last year to the same
 * date (a flow in a year not over, when last year's records carry dates); or last year's whole figure,
 * which is not comparable with part of a year, so no change is computed against it.
 */
export type PreviousBasis = 'year-end' | 'same-date' | 'whole-year';

export interface TargetRow {
  readonly evaluation: TargetEvaluation;
  /** The same measure for the same scope a year earlier, when that year has records. */
  readonly previous?: MetricResult;
  readonly previousYear: number;
  readonly previousBasis: PreviousBasis;
  /** The date the previous figure runs to (31 December, or the same date last year). */
  readonly previousUntil: string;
  /**
   * True when the status describes the view's own scope: every target in the province view; under a region
   * filter, the shares judged on the selection and the selected districts' own targets. False for a
   * province count judged on the whole province, which is shown but never counted as the selection's.
   */
  readonly ownStatus: boolean;
}

/** Whose targets a group holds: the province's, or districts' own plans (targets with `regionIds`). */
export type TargetOwner = 'province' | 'regions';

export interface TargetGroup {
  readonly area: TargetArea;
  readonly owner: TargetOwner;
  readonly rows: readonly TargetRow[];
  /** The statuses of the rows with `ownStatus`. */
  readonly tally: StatusTally;
  /** Rows shown with the province's status (a province count under a region filter). */
  readonly provinceRows: number;
}

export interface Overview {
  readonly year: number;
  readonly evaluatedOn: string;
  readonly yearComplete: boolean;
  /** True when regions are selected. */
  readonly filtered: boolean;
  readonly groups: readonly TargetGroup[];
  /** The statuses the view can call its own (rows with `ownStatus`), province and district targets alike. */
  readonly tally: StatusTally;
  /** Under a filter: the statuses of the province counts judged on the whole province. */
  readonly provinceTally: StatusTally;
}

/**
 * The year shown for a requested one: offered years as they are; a year outside the list gives the nearest
 * offered year (the later on a tie), and says it moved so the view can say so.
 */
export function resolveYear(index: DocumentIndex, requested: number | null): { year: number; moved: boolean } {
  if (requested === null || index.years.includes(requested)) return { year: requested ?? index.asOfYear, moved: false };
  let best = index.asOfYear;
  for (const y of index.years) {
    const d = Math.abs(y - requested);
    const bestD = Math.abs(best - requested);
    if (d < bestD || (d === bestD && y > best)) best = y;
  }
  return { year: best, moved: true };
}

/** Whether a target belongs in a view: the province's always; a district's when every one of its regions is selected (or no filter). */
export function targetInView(t: Target, regionIds: readonly string[] | null): boolean {
  if (!t.regionIds || !regionIds || regionIds.length === 0) return true;
  const selected = new Set(regionIds);
  return t.regionIds.every((r) => selected.has(r));
}

function previousOf(index: DocumentIndex, evaluation: TargetEvaluation, scope: Scope): Omit<TargetRow, 'evaluation' | 'ownStatus'> {
  const t = evaluation.target;
  const previousYear = scope.year - 1;
  const yearEnd = { previousYear, previousBasis: 'year-end' as const, previousUntil: `${previousYear}-12-31` };
  if (previousYear < (index.years[0] ?? Infinity) || t.metric === 'reported' || evaluation.status === 'no-data') return yearEnd;
  const pick = (e: TargetEvaluation) => (e.judgedOn === 'province' ? e.selectionResult : e.result);
  const metric = metricOf(t);
  const flow = metric !== undefined && METRICS.get(metric)?.kind === 'flow';
  if (!flow || evaluation.yearComplete) return { ...yearEnd, previous: pick(evaluateTarget(index, t, { ...scope, year: previousYear })) };
  const until = sameDateYearBefore(evaluation.evaluatedOn);
  const sameDate = pick(evaluateTarget(index, t, { ...scope, year: previousYear, until }));
  if (sameDate?.kind === 'value') return { previousYear, previousBasis: 'same-date', previousUntil: until, previous: sameDate };
  return { ...yearEnd, previousBasis: 'whole-year', previous: pick(evaluateTarget(index, t, { ...scope, year: previousYear })) };
}

export function buildOverview(index: DocumentIndex, scope: Scope): Overview {
  return finish(overviewSteps(index, scope));
}

/** The same, pausing after each target (on a national document a target's figures take a few ms each). */
export function* overviewSteps(index: DocumentIndex, scope: Scope): Steps<Overview> {
  const filtered = scope.regionIds !== null && scope.regionIds.length > 0;
  const rows: TargetRow[] = [];
  for (const t of index.doc.targets) {
    if (!targetInView(t, scope.regionIds)) continue;
    const evaluation = evaluateTarget(index, t, scope);
    rows.push({ evaluation, ...previousOf(index, evaluation, scope), ownStatus: evaluation.judgedOn !== 'province' });
    yield;
  }
  const owners: TargetOwner[] = ['province', 'regions'];
  const groups = owners.flatMap((owner) =>
    TARGET_AREAS.map((area) => {
      const inGroup = rows.filter(
        (r) => r.evaluation.target.area === area && (r.evaluation.target.regionIds ? 'regions' : 'province') === owner,
      );
      const own = inGroup.filter((r) => r.ownStatus);
      return { area, owner, rows: inGroup, tally: tallyStatuses(own.map((r) => r.evaluation)), provinceRows: inGroup.length - own.length };
    }).filter((g) => g.rows.length > 0),
  );
  // In the province view the districts' own plans stand apart: they are not the province's results.
  const counted = (r: TargetRow) => r.ownStatus && (filtered || !r.evaluation.target.regionIds);
  return {
    year: scope.year,
    evaluatedOn: evaluationDate(index, scope.year),
    yearComplete: isYearComplete(index, scope.year),
    filtered,
    groups,
    tally: tallyStatuses(rows.filter(counted).map((r) => r.evaluation)),
    provinceTally: tallyStatuses(rows.filter((r) => !r.ownStatus).map((r) => r.evaluation)),
  };
}
