// State of the OCOP product table: search, star and group filters, sort, and how many rows are shown.
import { useDeferredValue, useMemo } from 'react';
import { PRODUCT_GROUPS } from '../../contract/values';
import type { ProductGroup } from '../../contract/values';
import type { DocumentIndex } from '../../domain/document-index';
import type { Compare } from '../../domain/per-document';
import { countExpiring, filterProductRows, STAR_FILTERS, type StarFilter } from '../../domain/ocop/product-filter';
import { sortedProductRows, type ProductSortKey } from '../../domain/product-table';
import type { SortDirection } from '../../domain/sort-rows';
import { useTableParam, useViewActions } from '../../state/view-store';
import { usePages, useSort } from '../use-long-list';
import { useTableChoice, useTableText } from '../use-table-params';

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
  const [query, setQuery] = useTableText('product');
  const [stars, setStars] = useTableChoice<StarFilter, 'any'>('stars', STAR_FILTERS, 'any');
  const [group, setGroup] = useTableChoice<ProductGroup, 'all'>('group', PRODUCT_GROUPS, 'all');
  const expiringOnly = useTableParam('expiring') === '1';
  const setExpiringOnly = (on: boolean) => setTable({ expiring: on ? '1' : undefined });
  const sorting = useSort<ProductSortKey>('name', (key) => FIRST_DIRECTION[key]);
  const { sort } = sorting;
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
  const pages = usePages(sorted, view);
  return { query, setQuery, stars, setStars, group, setGroup, expiringOnly, setExpiringOnly, ...sorting, sorted, expiring, ...pages };
}
