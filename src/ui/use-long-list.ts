// The long lists (products, communes): their sort, and "show more" (one page of rows at first, one more per click).
import { useMemo, useState } from 'react';
import type { SortDirection } from '../domain/sort-rows';

/** Rows per page: a list never renders more than this many at once before "show more". */
export const PAGE = 100;

/**
 * The rows shown of `sorted`, and the action that shows one page more. `view` names what the reader is looking at
 * (search, filters, selection): the extra pages count for one view only, a new one starts again at one page.
 */
export function usePages<Row>(sorted: readonly Row[], view: string) {
  const [more, setMore] = useState({ view, limit: PAGE });
  const limit = more.view === view ? more.limit : PAGE;
  const shown = useMemo(() => sorted.slice(0, limit), [sorted, limit]);
  return { shown, showMore: () => setMore({ view, limit: limit + PAGE }) };
}

/** A list's sort, by `initial` A→Z at first. A click on another column sorts it `first(key)`; on the same, turns it. */
export function useSort<K extends string>(initial: K, first: (key: K) => SortDirection = () => 'ascending') {
  const [sort, setSort] = useState<{ key: K; direction: SortDirection }>({ key: initial, direction: 'ascending' });
  const toggleSort = (key: K) =>
    setSort((s) => ({
      key,
      direction: s.key !== key ? first(key) : s.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  return { sort, toggleSort };
}
