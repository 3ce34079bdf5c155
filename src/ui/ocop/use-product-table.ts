// State of the OCOP product table: search, star and group filters, sort, and how many rows are shown.
import { useDeferredValue, useMemo, useState } from 'react';
import { PRODUCT_GROUPS } from '../../contract/values';
import type { ProductGroup } from '../../contract/values';
import type { DocumentIndex } from '../../domain/document-index';
import type { Compare } from '../../domain/per-document';
import {
  countExpiring,
  filterProductRows,
  sortedProductRows,
  STAR_FILTERS,
  type ProductSortKey,
  type StarFilter,
} from '../../domain/product-table';
import type { SortDirection } from '../../domain/sort-rows';
import { useTableParam, useViewActions } from '../../state/view-store';

/** Rows per page: the table never renders more than this many at once before "show more". */
export const PAGE = 100;

/** The first click on a column sorts the way a reader most often wants: names A→Z, most stars and latest first. */
const FIRST_DIRECTION: Record<ProductSortKey, SortDirection> = {
  name: 'ascending',
  stars: 'descending',
  ratingYear: 'descending',
  region: 'ascending',
  expiry: 'ascending',
};

export function useProductTable(index: DocumentIndex, regionIds: readonly string[], compare: Compare) {
  // Search and filters live in the address (?product=…&stars=…&group=…&expiring=1), so a shared link reopens them.
  const { setTable } = useViewActions();
  const query = useTableParam('product') ?? '';
  const setQuery = (product: string) => setTable({ product });
  const starsParam = useTableParam('stars');
  const stars: StarFilter = STAR_FILTERS.find((s) => s === starsParam) ?? 'any';
  const setStars = (s: StarFilter) => setTable({ stars: s === 'any' ? undefined : s });
  const groupParam = useTableParam('group');
  const group: ProductGroup | 'all' = PRODUCT_GROUPS.find((g) => g === groupParam) ?? 'all';
  const setGroup = (g: ProductGroup | 'all') => setTable({ group: g === 'all' ? undefined : g });
  const expiringOnly = useTableParam('expiring') === '1';
  const setExpiringOnly = (on: boolean) => setTable({ expiring: on ? '1' : undefined });
  const [sort, setSort] = useState<{ key: ProductSortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  // Typing stays responsive: the list follows the search box as soon as it can.
  const search = useDeferredValue(query);
  // Sorted once per selection and order (kept in the domain cache); filtering keeps that order.
  const rows = useMemo(() => sortedProductRows(index, regionIds, sort.key, sort.direction, compare), [index, regionIds, sort, compare]);
  const sorted = useMemo(
    () => filterProductRows(rows, { query: search, stars, group, expiringOnly }),
    [rows, search, stars, group, expiringOnly],
  );
  const expiring = useMemo(() => countExpiring(sorted), [sorted]);
  // "Show more" counts for one view only: a new search, filter or region selection starts again at one page.
  const view = [search, stars, group, expiringOnly, regionIds.join(',')].join('\u0000');
  const [more, setMore] = useState({ view, limit: PAGE });
  const limit = more.view === view ? more.limit : PAGE;
  const shown = useMemo(() => sorted.slice(0, limit), [sorted, limit]);
  return {
    query,
    setQuery,
    stars,
    setStars,
    group,
    setGroup,
    expiringOnly,
    setExpiringOnly,
    sort,
    toggleSort: (key: ProductSortKey) =>
      setSort((s) => ({
        key,
        direction: s.key !== key ? FIRST_DIRECTION[key] : s.direction === 'ascending' ? 'descending' : 'ascending',
      })),
    sorted,
    shown,
    expiring,
    showMore: () => setMore({ view, limit: limit + PAGE }),
  };
}
