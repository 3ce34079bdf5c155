// State of the NTM commune table: search, level filter, sort, how many rows are shown, which commune is open.
import { useMemo } from 'react';
import { communeRows, filterCommuneRows, sortCommuneRows, type LevelFilter, type SortKey } from '../../domain/commune-table';
import type { DocumentIndex } from '../../domain/document-index';
import { nameOrder } from '../../domain/ntm/name-order';
import type { Compare } from '../../domain/per-document';
import { NTM_LEVELS } from '../../contract/values';
import { usePages, useSort } from '../use-long-list';
import { useTableChoice, useTableText } from '../use-table-params';

export function useCommuneTable(index: DocumentIndex, regionIds: readonly string[], year: number, compare: Compare) {
  // Search and level live in the address (?commune=…&level=…), so a shared link reopens them.
  const [query, setQuery] = useTableText('commune');
  const [level, setLevel] = useTableChoice<LevelFilter, 'all'>('level', NTM_LEVELS, 'all');
  const sorting = useSort<SortKey>('name');
  const { sort } = sorting;
  const rows = useMemo(() => communeRows(index, regionIds, year), [index, regionIds, year]);
  const filtered = useMemo(() => filterCommuneRows(rows, query, level), [rows, query, level]);
  const order = useMemo(() => nameOrder(index, compare), [index, compare]);
  const sorted = useMemo(() => sortCommuneRows(filtered, sort.key, sort.direction, order), [filtered, sort, order]);
  // "Show more" counts for one view only: a new search, level, year or region selection starts again at one page.
  const view = `${query}\u0000${level}\u0000${year}\u0000${regionIds.join(',')}`;
  const pages = usePages(sorted, view);
  return { query, setQuery, level, setLevel, ...sorting, sorted, ...pages };
}
