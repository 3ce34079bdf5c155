// State of the NTM commune table: search, level filter, sort, how many rows are shown, which commune is open.
import { useMemo, useState } from 'react';
import { communeRows, filterCommuneRows, sortCommuneRows, type LevelFilter, type SortKey } from '../../domain/commune-table';
import type { SortDirection } from '../../domain/sort-rows';
import type { DocumentIndex } from '../../domain/document-index';
import { nameOrder } from '../../domain/ntm/name-order';
import type { Compare } from '../../domain/per-document';
import { NTM_LEVELS } from '../../contract/values';
import { useTableParam, useViewActions } from '../../state/view-store';

/** Rows per page: the table never renders more than this many at once before "show more". */
export const PAGE = 100;

export function useCommuneTable(index: DocumentIndex, regionIds: readonly string[], year: number, compare: Compare) {
  // Search and level live in the address (?commune=…&level=…), so a shared link reopens them.
  const { setTable } = useViewActions();
  const query = useTableParam('commune') ?? '';
  const setQuery = (commune: string) => setTable({ commune });
  const levelParam = useTableParam('level');
  const level: LevelFilter = NTM_LEVELS.find((l) => l === levelParam) ?? 'all';
  const setLevel = (l: LevelFilter) => setTable({ level: l === 'all' ? undefined : l });
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'name', direction: 'ascending' });
  const rows = useMemo(() => communeRows(index, regionIds, year), [index, regionIds, year]);
  const filtered = useMemo(() => filterCommuneRows(rows, query, level), [rows, query, level]);
  const order = useMemo(() => nameOrder(index, compare), [index, compare]);
  const sorted = useMemo(() => sortCommuneRows(filtered, sort.key, sort.direction, order), [filtered, sort, order]);
  // "Show more" counts for one view only: a new search, level, year or region selection starts again at one page.
  const view = `${query}\u0000${level}\u0000${year}\u0000${regionIds.join(',')}`;
  const [more, setMore] = useState({ view, limit: PAGE });
  const limit = more.view === view ? more.limit : PAGE;
  const shown = useMemo(() => sorted.slice(0, limit), [sorted, limit]);
  return {
    query,
    setQuery,
    level,
    setLevel,
    sort,
    toggleSort: (key: SortKey) =>
      setSort((s) => ({ key, direction: s.key === key && s.direction === 'ascending' ? 'descending' : 'ascending' })),
    sorted,
    shown,
    showMore: () => setMore({ view, limit: limit + PAGE }),
  };
}
