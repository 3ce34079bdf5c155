// A sortable column header: a button inside the <th>, with aria-sort saying the current order.

export type SortDirection = 'ascending' | 'descending';

interface Props<K extends string> {
  readonly column: K;
  readonly label: string;
  readonly sort: { readonly key: K; readonly direction: SortDirection };
  readonly onSort: (key: K) => void;
  readonly numeric?: boolean;
  /** Class of the button (each table styles its own). */
  readonly buttonClass: string;
}

export function SortHeader<K extends string>({ column, label, sort, onSort, numeric, buttonClass }: Props<K>) {
  const active = sort.key === column;
  const arrow = !active ? '↕' : sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" aria-sort={active ? sort.direction : 'none'} className={numeric ? 'num' : undefined}>
      <button type="button" className={buttonClass} onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className={`${buttonClass}__arrow sort-arrow${active ? ' sort-arrow--active' : ''}`}>
          {arrow}
        </span>
      </button>
    </th>
  );
}
