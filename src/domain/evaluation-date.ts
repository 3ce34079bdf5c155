// When a year is judged: the as-of date in the as-of year, else the year's last day; and whether that year is over.
import type { DocumentIndex } from './document-index';

/** The date a view of `year` is judged at: the as-of date in the as-of year, else the year's last day. */
export function evaluationDate(index: Pick<DocumentIndex, 'asOfYear' | 'doc'>, year: number): string {
  return year >= index.asOfYear ? index.doc.meta.asOf : `${year}-12-31`;
}

/** True when the figures of `year` cover the whole year (the evaluation date is 31 December). */
export function isYearComplete(index: Pick<DocumentIndex, 'asOfYear' | 'doc'>, year: number): boolean {
  return evaluationDate(index, year) === `${year}-12-31`;
}

/** The same calendar day a year earlier; 29 February becomes 28 February. */
export function sameDateYearBefore(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${y}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export const toTime = (d: string): number => Date.parse(`${d}T00:00:00Z`);
