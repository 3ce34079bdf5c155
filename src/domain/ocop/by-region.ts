// How each region stands in OCOP: its recognised products by stars at the end of a year, for the per-region chart.
import { capRows, sumRows } from '../capped-rows';
import type { DocumentIndex } from '../document-index';
import { recognisedStarsAt } from '../ocop-rules';
import { compareId, memoised, sortName, type Compare } from '../per-document';
import { addStars, emptyStars, type StarCounts } from './stars';

export interface RegionStars extends StarCounts {
  /** Region id; empty for the "other regions" row. */
  readonly regionId: string;
  readonly name: string;
}

/**
 * Every region of the document (one without products gives zeros) with its recognised products by stars at the
 * end of `year`, sorted by recognised products descending, then by name.
 */
export function starsByRegion(index: DocumentIndex, year: number, compare: Compare): readonly RegionStars[] {
  return memoised(index, `ocop|regions|${year}|${compareId(compare)}`, () => {
    const rows = index.doc.regions.map((r) => {
      const counts = emptyStars();
      for (const p of index.productsByRegion.get(r.id) ?? []) addStars(counts, recognisedStarsAt(p, year));
      return { regionId: r.id, name: r.name, ...counts };
    });
    return rows.sort((a, b) => b.total - a.total || compare(sortName(a.name), sortName(b.name)));
  });
}

/** The regions left out of a capped chart: how many, their sum, and the mean per region. */
export interface OtherRegions {
  readonly regions: number;
  readonly sum: StarCounts;
  /**
   * The sum divided by the number of regions: the figure the chart draws, on the same scale as a single region
   * (a sum of hundreds of regions would flatten every other bar).
   */
  readonly mean: StarCounts;
}

export interface CappedRegionStars {
  readonly shown: readonly RegionStars[];
  /** Undefined when nothing was left out. */
  readonly others?: OtherRegions;
}

/**
 * Keeps the chart under ~150 marks: the first `limit` rows, the selected regions that are not among them (at most
 * `limit` more), and the rest as one row.
 */
export function capRegionStars(rows: readonly RegionStars[], selected: readonly string[], limit: number): CappedRegionStars {
  const { shown, rest } = capRows(rows, selected, limit);
  if (rest.length === 0) return { shown };
  const sum = sumRows(rest, ['three', 'four', 'five', 'total']);
  const mean = (v: number) => v / rest.length;
  return {
    shown,
    others: {
      regions: rest.length,
      sum,
      mean: { three: mean(sum.three), four: mean(sum.four), five: mean(sum.five), total: mean(sum.total) },
    },
  };
}

export interface RegionStarsSummary {
  /** The first region, when it has any recognised product. */
  readonly top?: RegionStars;
  /** Regions with no recognised product (those without any product included). */
  readonly withoutProducts: number;
  readonly regions: number;
}

/** The numbers the district chart's summary quotes, from rows sorted by starsByRegion. */
export function summariseRegionStars(rows: readonly RegionStars[]): RegionStarsSummary {
  let withoutProducts = 0;
  for (const r of rows) if (r.total === 0) withoutProducts++;
  const first = rows[0];
  return { top: first && first.total > 0 ? first : undefined, withoutProducts, regions: rows.length };
}
