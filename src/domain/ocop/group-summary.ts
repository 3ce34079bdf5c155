// Which product group leads, how many products all groups hold and how many groups have none: the group chart's summary.
import type { GroupStars } from './mix';

export interface GroupSummary {
  /** The group with the most products; the first of equals; none when every group is empty. */
  readonly top: GroupStars | undefined;
  readonly total: number;
  /** Groups without a product. */
  readonly zero: number;
}

export function summariseGroups(groups: readonly GroupStars[]): GroupSummary {
  let top: GroupStars | undefined;
  let total = 0;
  let zero = 0;
  for (const g of groups) {
    total += g.total;
    if (g.total === 0) zero++;
    if (g.total > 0 && (!top || g.total > top.total)) top = g;
  }
  return { top, total, zero };
}
