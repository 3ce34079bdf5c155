// Sorting a table's rows by one column: numbers only, an unknown value last in both directions, ties by name.

export type SortDirection = 'ascending' | 'descending';

/**
 * Rows sorted by `value` in `direction` (undefined last either way), then by `place` (the row's place by name),
 * ascending, or in `direction` when the column is the name itself. Each value is looked up once.
 */
export function sortByValue<T>(
  rows: readonly T[],
  value: (row: T) => number | undefined,
  place: (row: T) => number,
  direction: SortDirection,
  byName: boolean,
): T[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, value: value(row), name: place(row) }));
  const nameSign = byName ? sign : 1;
  keyed.sort((a, b) => {
    const primary = a.value === undefined ? (b.value === undefined ? 0 : 1) : b.value === undefined ? -1 : sign * (a.value - b.value);
    return primary || nameSign * (a.name - b.name);
  });
  return keyed.map((k) => k.row);
}
