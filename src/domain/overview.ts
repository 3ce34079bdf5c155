// The overview of targets for a view: each target's evaluation and its value a year earlier, grouped by area.
import { TARGET_AREAS } from '../data/contract-values';
import type { TargetArea } from '../data/schema';
import type { DocumentIndex } from './document-index';
import type { MetricResult, Scope } from './metrics';
import { evaluateTarget, tallyStatuses, type StatusTally, type TargetEvaluation } from './target-status';

export interface TargetRow {
  readonly evaluation: TargetEvaluation;
  /** The same measure for the same scope a year earlier, when that year has records. */
  readonly previous?: MetricResult;
  readonly previousYear: number;
}

export interface Overview {
  readonly year: number;
  readonly groups: readonly { readonly area: TargetArea; readonly rows: readonly TargetRow[]; readonly tally: StatusTally }[];
  readonly tally: StatusTally;
}

/** The year a view shows: the requested one if the document has it, else the as-of year. */
export function effectiveYear(index: DocumentIndex, requested: number | null): number {
  return requested !== null && index.years.includes(requested) ? requested : index.asOfYear;
}

export function buildOverview(index: DocumentIndex, scope: Scope): Overview {
  const previousYear = scope.year - 1;
  const hasPrevious = previousYear >= (index.years[0] ?? Infinity);
  const rows: TargetRow[] = index.doc.targets.map((t) => {
    const evaluation = evaluateTarget(index, t, scope);
    if (!hasPrevious || t.metric === 'reported') return { evaluation, previousYear };
    const before = evaluateTarget(index, t, { ...scope, year: previousYear });
    const previous = evaluation.judgedOn === 'province' ? before.selectionResult : before.result;
    return { evaluation, previous, previousYear };
  });
  const groups = TARGET_AREAS.map((area) => {
    const inArea = rows.filter((r) => r.evaluation.target.area === area);
    return { area, rows: inArea, tally: tallyStatuses(inArea.map((r) => r.evaluation)) };
  }).filter((g) => g.rows.length > 0);
  return { year: scope.year, groups, tally: tallyStatuses(rows.map((r) => r.evaluation)) };
}
