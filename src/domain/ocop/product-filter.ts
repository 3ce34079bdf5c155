// Which rows of the OCOP product table a reader asked for: stars, product group, expiring certificates and a
// diacritic-insensitive search in the product's, its subject's and its commune's names.
import type { ProductGroup } from '../../contract/values';
import type { ProductRow } from '../product-table';
import { searchItems, searchName, type SearchName } from '../text-search';

export const STAR_FILTERS = ['any', '3', '4', '5', 'none'] as const;
export type StarFilter = (typeof STAR_FILTERS)[number];

export interface ProductFilter {
  readonly query: string;
  /** Stars held as a recognised product; "none" = not recognised (rated 1–2★, lapsed). */
  readonly stars: StarFilter;
  readonly group: ProductGroup | 'all';
  readonly expiringOnly: boolean;
}

export const NO_FILTER: ProductFilter = { query: '', stars: 'any', group: 'all', expiringOnly: false };

const prepared = new WeakMap<ProductRow, readonly SearchName[]>();

/** Product, subject and commune names prepared for search (once per row), in order of importance. */
function searchNamesOf(r: ProductRow): readonly SearchName[] {
  let names = prepared.get(r);
  if (names === undefined) {
    names = [searchName(r.name), searchName(r.subjectName), searchName(r.communeName)];
    prepared.set(r, names);
  }
  return names;
}

/**
 * Rows that pass the filters and match the query: in the product's name first, then its subject's, then its
 * commune's ("vu le" finds products of Xã Vũ Lễ, not "… cà gai leo Vũ Hội"); same-rank rows keep their order.
 */
export function filterProductRows(rows: readonly ProductRow[], filter: ProductFilter): ProductRow[] {
  const stars = filter.stars === 'any' ? undefined : filter.stars === 'none' ? 0 : Number(filter.stars);
  const kept = rows.filter(
    (r) =>
      (stars === undefined || r.recognisedStars === stars) &&
      (filter.group === 'all' || r.group === filter.group) &&
      (!filter.expiringOnly || r.expiring),
  );
  return searchItems(kept, filter.query, searchNamesOf);
}

export function countExpiring(rows: readonly ProductRow[]): number {
  let n = 0;
  for (const r of rows) if (r.expiring) n++;
  return n;
}
