// Which of a document's targets a chart draws as its goal for a year.
import type { Target } from '../contract/targets';
import type { Unit } from '../contract/values';

/**
 * Of the targets on `metric` with `unit`, the one that applies to `year`: the earliest deadline in or after
 * `year`, else the latest deadline (the first in the document among equal deadlines); undefined when none.
 */
export function goalForYear(targets: readonly Target[], metric: string, unit: Unit, year: number): Target | undefined {
  let coming: Target | undefined;
  let latest: Target | undefined;
  for (const t of targets) {
    if (t.metric !== metric || t.unit !== unit) continue;
    if (Number(t.deadline.slice(0, 4)) >= year && (!coming || t.deadline < coming.deadline)) coming = t;
    if (!latest || t.deadline > latest.deadline) latest = t;
  }
  return coming ?? latest;
}
