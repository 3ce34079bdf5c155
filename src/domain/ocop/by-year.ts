// What the OCOP charts show year by year: recognised products by stars, and the rated and maintained shares.
import type { Product } from '../../contract/ocop';
import { MAX_YEARS, yearsUpTo } from '../chart-years';
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { evaluationDate } from '../evaluation-date';
import { dueForReEvaluation, maintainedIn, ratedIn } from '../ocop-rules';
import { memoised, scopeKey, type RegionSelection } from '../per-document';
import { shareOf } from '../percent';
import { expiryYear, forEachStarRun } from './star-runs';
import type { StarCounts } from './stars';

/**
 * The years the OCOP charts show: consecutive, from the first year any product of the document was recognised
 * (3★+ at the end of it) to the selected year (never after it), at most MAX_YEARS. The start is the document's,
 * not the selection's, so the axis stays put while the district filter changes. Without a product recognised by
 * then, the selected year alone.
 */
export function ocopYears(index: DocumentIndex, year: number): readonly number[] {
  return memoised(index, `ocop|years|${year}`, () => {
    let first = Infinity;
    const low = year - MAX_YEARS + 1;
    const consider = (from: number, until: number) => {
      const y = Math.max(from, low);
      if (y < until && y <= year && y < first) first = y;
    };
    for (const p of index.doc.ocop.products) forEachStarRun(p, consider);
    return yearsUpTo(Number.isFinite(first) ? first : undefined, year, MAX_YEARS);
  });
}

export interface OcopYearRow extends StarCounts {
  readonly year: number;
  /** Products rated that year (any stars), and how many of them reached 3★ or more. */
  readonly rated: number;
  readonly ratedThreePlus: number;
  /** ratedThreePlus as a percent of rated; null when nothing was rated (a gap, never 0 %). */
  readonly ratedShare: number | null;
  /** Recognised products whose certificate came up for re-evaluation that year, and how many were kept or upgraded. */
  readonly due: number;
  readonly maintained: number;
  /** maintained as a percent of due; null when nothing came up. */
  readonly maintainedShare: number | null;
}

/**
 * For each of `years` (consecutive, ascending) and the regions (empty/null = all): recognised products by stars
 * at the end of the year, the rated-3★+ share and the maintained-or-upgraded share — the numbers of the
 * ocop.* metrics, in one pass over the products (a product is rated and re-evaluated in at most two years).
 */
export function ocopYearRows(index: DocumentIndex, regionIds: RegionSelection, years: readonly number[]): readonly OcopYearRow[] {
  const start = years[0];
  const end = years[years.length - 1];
  if (start === undefined || end === undefined) return [];
  return memoised(index, `ocop|year-rows|${start}|${end}|${scopeKey(index, regionIds)}`, () => {
    const n = years.length;
    // Stars per year as differences (+1 where a run of stars starts, −1 after it ends); running sums give the counts.
    const diff = { 3: new Int32Array(n + 1), 4: new Int32Array(n + 1), 5: new Int32Array(n + 1) };
    const rows = years.map(() => ({ rated: 0, ratedThreePlus: 0, due: 0, maintained: 0 }));
    const at = (y: number) => rows[y - start];
    const addRun = (from: number, until: number, stars: 3 | 4 | 5) => {
      const i = Math.max(from, start) - start;
      const j = Math.min(until, end + 1) - start;
      if (i >= j) return;
      const d = diff[stars];
      d[i] = (d[i] ?? 0) + 1;
      d[j] = (d[j] ?? 0) - 1;
    };
    const addDue = (p: Product, y: number) => {
      const row = at(y);
      const date = evaluationDate(index, y);
      if (!row || !dueForReEvaluation(p, y, date)) return;
      row.due++;
      if (maintainedIn(p, y, date)) row.maintained++;
    };
    for (const p of collect(index.productsByRegion, regionsInScope(index, regionIds))) {
      forEachStarRun(p, addRun);
      const rating = at(p.ratingYear);
      if (rating && ratedIn(p, p.ratingYear)) {
        rating.rated++;
        if (p.stars >= 3) rating.ratedThreePlus++;
      }
      // Due only in its rating year or its certificate's expiry year (dueForReEvaluation).
      addDue(p, p.ratingYear);
      const expiry = expiryYear(p);
      if (expiry !== undefined && expiry !== p.ratingYear) addDue(p, expiry);
    }
    let three = 0;
    let four = 0;
    let five = 0;
    return rows.map((r, i) => {
      three += diff[3][i] ?? 0;
      four += diff[4][i] ?? 0;
      five += diff[5][i] ?? 0;
      return {
        year: start + i,
        three,
        four,
        five,
        total: three + four + five,
        ...r,
        ratedShare: shareOf(r.ratedThreePlus, r.rated),
        maintainedShare: shareOf(r.maintained, r.due),
      };
    });
  });
}
