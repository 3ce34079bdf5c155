// A sortable column header: a button inside the <th>, with aria-sort saying the current order.
import type { SortDirection, SortKey } from '../../domain/commune-table';

interface Props {
  readonly column: SortKey;
  readonly label: string;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection };
  readonly onSort: (key: SortKey) => void;
  readonly numeric?: boolean;
}

export function SortHeader({ column, label, sort, onSort, numeric }: Props) {
  const active = sort.key === column;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className="ntm-sort" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="ntm-sort__arrow">
          {arrow}
        </span>
      </button>
    </th>
  );
}
