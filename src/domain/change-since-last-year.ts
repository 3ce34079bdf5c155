// How much a target's figure changed since last year, on the basis the overview chose for the row.
import type { MetricResult } from './metrics';
import type { Unit } from '../contract/values';
import type { TargetRow } from './overview';
import type { TargetEvaluation } from './target-status';

/** The figure a target card shows: the selection's own value, or the province's for a province count under a filter. */
export function shownResult(e: TargetEvaluation): MetricResult | undefined {
  return e.judgedOn === 'province' ? (e.selectionResult ?? e.result) : e.result;
}

/**
 * The change against last year: none to tell (a figure missing); last year's whole figure with no difference
 * (a whole year against part of one would mislead); no change; or the difference, current minus previous.
 */
export type YearChange =
  | { readonly kind: 'whole-year'; readonly previous: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'delta'; readonly delta: number; readonly previous: number; readonly unit: Unit };

export function changeSinceLastYear(row: TargetRow): YearChange | undefined {
  const current = shownResult(row.evaluation);
  const previous = row.previous;
  if (current?.kind !== 'value' || previous?.kind !== 'value') return undefined;
  if (row.previousBasis === 'whole-year') return { kind: 'whole-year', previous: previous.value };
  const delta = current.value - previous.value;
  return Math.abs(delta) < 1e-9 ? { kind: 'none' } : { kind: 'delta', delta, previous: previous.value, unit: current.unit };
}
