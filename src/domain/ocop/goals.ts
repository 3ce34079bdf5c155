// Which target the OCOP charts draw as the goal line for a year.
import type { Target } from '../../contract/targets';
import type { Unit } from '../../contract/values';
import type { DocumentIndex } from '../document-index';
import { goalForYear } from '../goal-for-year';

/** The metrics the OCOP charts draw a goal line for, with the unit a target must have to be drawn. */
export const OCOP_GOALS = {
  ratedShare: { metric: 'ocop.rated-3plus-share', unit: 'percent' },
  fiveStar: { metric: 'ocop.five-star-count', unit: 'count' },
  maintainedShare: { metric: 'ocop.maintained-upgraded-share', unit: 'percent' },
  modernShare: { metric: 'ocop.modern-channel-subject-share', unit: 'percent' },
} as const satisfies Record<string, { metric: string; unit: Unit }>;
export type OcopGoal = keyof typeof OCOP_GOALS;

/**
 * The document's target for a goal that applies to `year`: of the targets on the metric (with its unit), the one
 * with the earliest deadline in or after `year`, else the one with the latest deadline; undefined when none.
 */
export function ocopTarget(index: DocumentIndex, goal: OcopGoal, year: number): Target | undefined {
  const { metric, unit } = OCOP_GOALS[goal];
  return goalForYear(index.doc.targets, metric, unit, year);
}
