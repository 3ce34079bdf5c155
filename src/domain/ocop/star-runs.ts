// In which years a product holds which stars as a recognised OCOP product.
import type { Product } from '../../contract/ocop';
import { firstRecognisedYear } from '../ocop-rules';

/** The year a product's certificate expires, when it has one. */
export const expiryYear = (p: Product) => (p.expiryDate === undefined ? undefined : Number(p.expiryDate.slice(0, 4)));

export interface StarRun {
  /** First year of the run. */
  readonly from: number;
  /** The year after the run (Infinity: still running). */
  readonly until: number;
  readonly stars: 3 | 4 | 5;
}

/**
 * The runs of years in which a product holds stars as a recognised product: recognisedStarsAt(p, y) is `stars`
 * for y in [from, until) of a run, and 0 outside every run. Previous stars from the first recognised year to the
 * latest rating, the latest stars from then on; a lapsed product's runs end at its expiry year.
 */
export function starRuns(p: Product): StarRun[] {
  const runs: StarRun[] = [];
  forEachStarRun(p, (from, until, stars) => runs.push({ from, until, stars }));
  return runs;
}

/** starRuns without building a list: calls `run` for each run, in order. */
export function forEachStarRun(p: Product, run: (from: number, until: number, stars: 3 | 4 | 5) => void): void {
  const first = firstRecognisedYear(p);
  if (first === undefined) return;
  const end = p.status === 'lapsed' ? (expiryYear(p) ?? p.ratingYear) : Infinity;
  const before = p.previousStars ?? p.stars;
  const beforeUntil = Math.min(p.ratingYear, end);
  if (first < beforeUntil && (before === 3 || before === 4 || before === 5)) run(first, beforeUntil, before);
  const from = Math.max(first, p.ratingYear);
  if (from < end && (p.stars === 3 || p.stars === 4 || p.stars === 5)) run(from, end, p.stars);
}
