// What a product's record says about a given year: was it a recognised (3★+) OCOP product then, with how many stars.
import type { Product } from '../contract/ocop';

const RE_EVALUATED = new Set(['re-recognised', 'upgraded', 'lapsed', 'not-recognised']);

function yearOf(date: string | undefined): number | undefined {
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

/** The year a product was first recognised 3★+, or undefined if it never was. */
export function firstRecognisedYear(p: Product): number | undefined {
  if (p.firstRecognisedYear !== undefined) return p.firstRecognisedYear;
  return p.stars >= 3 && p.status !== 'not-recognised' && p.status !== 'lapsed' ? p.ratingYear : undefined;
}

/**
 * Stars a product held as a recognised OCOP product at the end of `year`, or 0 if it was not recognised then.
 * The latest rating applies from its year on; before it, the previous stars. A lapsed product counts only
 * for years before its certificate's expiry year.
 */
export function recognisedStarsAt(p: Product, year: number): number {
  const first = firstRecognisedYear(p);
  if (first === undefined || first > year) return 0;
  if (p.status === 'lapsed') {
    const end = yearOf(p.expiryDate) ?? p.ratingYear;
    if (year >= end) return 0;
  }
  const stars = p.ratingYear <= year ? p.stars : (p.previousStars ?? p.stars);
  return stars >= 3 ? stars : 0;
}

/** True when the product was rated (any stars) in `year`. */
export function ratedIn(p: Product, year: number): boolean {
  return p.ratingYear === year;
}

/**
 * True when the product, recognised before `year`, came up for re-evaluation in `year` on or before `date`
 * (the evaluation date: a certificate expiring after it has not come up yet): re-rated that year (by `date`,
 * when the decision is dated), or its certificate expired that year by `date`.
 */
export function dueForReEvaluation(p: Product, year: number, date: string = `${year}-12-31`): boolean {
  const first = firstRecognisedYear(p);
  if (first === undefined || first >= year) return false;
  if (p.ratingYear === year && RE_EVALUATED.has(p.status)) return p.decisionDate === undefined || p.decisionDate <= date;
  return p.ratingYear < year && yearOf(p.expiryDate) === year && p.expiryDate !== undefined && p.expiryDate <= date;
}

/** A record of `year` counts by `date`: dated on or before it, or undated (dates within a year are optional). */
export function ratedBy(p: Product, year: number, date: string): boolean {
  return p.ratingYear === year && (p.decisionDate === undefined || p.decisionDate <= date);
}

/** True when the product kept (re-recognised) or raised (upgraded) its stars on re-evaluation in `year`. */
export function maintainedIn(p: Product, year: number, date: string = `${year}-12-31`): boolean {
  return ratedBy(p, year, date) && (p.status === 're-recognised' || p.status === 'upgraded');
}

/** True when the certificate expires within `months` months after `date` (inclusive of `date`). */
export function expiresWithin(p: Product, date: string, months: number): boolean {
  if (!p.expiryDate || recognisedStarsAtDate(p) === 0) return false;
  const start = Date.parse(`${date}T00:00:00Z`);
  const limit = new Date(start);
  limit.setUTCMonth(limit.getUTCMonth() + months);
  const expiry = Date.parse(`${p.expiryDate}T00:00:00Z`);
  return expiry >= start && expiry <= limit.getTime();
}

function recognisedStarsAtDate(p: Product): number {
  return p.stars >= 3 && p.status !== 'lapsed' && p.status !== 'not-recognised' ? p.stars : 0;
}
