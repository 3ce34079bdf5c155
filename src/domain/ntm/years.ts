// Which years the NTM charts show: from the document's first dated NTM year to the selected one.
import { MAX_YEARS, yearsUpTo } from '../chart-years';
import type { DocumentIndex } from '../document-index';
import { REACHED_LEVELS, timelineOf } from './timeline';

const firstYears = new WeakMap<DocumentIndex, number | null>();

function firstNtmYear(index: DocumentIndex): number | null {
  const hit = firstYears.get(index);
  if (hit !== undefined) return hit;
  let first = Infinity;
  for (const c of index.doc.ntm.communes) {
    const t = timelineOf(c);
    for (const s of t.steps) if (Number.isFinite(s.year) && s.year < first) first = s.year;
    for (const level of REACHED_LEVELS) {
      const y = t.firstReached[level];
      if (y !== undefined && y < first) first = y;
    }
  }
  const result = Number.isFinite(first) ? first : null;
  firstYears.set(index, result);
  return result;
}

/** Consecutive years from the document's first dated NTM year (at most MAX_YEARS back) to `year`. */
export function ntmYears(index: DocumentIndex, year: number): number[] {
  return yearsUpTo(firstNtmYear(index) ?? undefined, year, MAX_YEARS);
}
