// Recognised OCOP products counted by stars (3★, 4★, 5★): the tally every OCOP chart adds to.

export interface StarCounts {
  readonly three: number;
  readonly four: number;
  readonly five: number;
  /** Recognised (3★+) products: three + four + five. */
  readonly total: number;
}

export type MutableStars = { three: number; four: number; five: number; total: number };
export const emptyStars = (): MutableStars => ({ three: 0, four: 0, five: 0, total: 0 });

/** Counts one product with `stars` (anything but 3–5 is not recognised and counts nowhere). */
export function addStars(counts: MutableStars, stars: number): void {
  if (stars === 3) counts.three++;
  else if (stars === 4) counts.four++;
  else if (stars === 5) counts.five++;
  else return;
  counts.total++;
}
