// How many villages had a 3★+ product in each year, for the craft chart over the years.
import { MAX_YEARS, yearsUpTo } from '../chart-years';
import type { DocumentIndex } from '../document-index';
import { craftMetric, WITH_PRODUCT } from './totals';

export interface CraftYearRow {
  readonly year: number;
  readonly withProduct: number;
}

/** Consecutive years from the document's first OCOP rating (at most MAX_YEARS back) to `year`, with the metric for each. */
export function withProductByYear(index: DocumentIndex, regionIds: readonly string[] | null, year: number): CraftYearRow[] {
  return yearsUpTo(index.firstProductYear, year, MAX_YEARS).map((y) => ({
    year: y,
    withProduct: craftMetric(index, WITH_PRODUCT, { regionIds, year: y }),
  }));
}
