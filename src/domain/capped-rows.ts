// Keeping a per-region chart under ~150 marks: the first rows, the selected regions beyond them, the rest as one row;
// and the counts a per-region summary quotes.

/** The rows a chart draws one by one, and the rest it sums into one row (empty when nothing is left out). */
export interface CappedRows<T> {
  readonly shown: readonly T[];
  readonly rest: readonly T[];
}

/**
 * The first `limit` rows, plus the selected regions that are not among them (at most `limit` more); the rest
 * is left for one summed row. Nothing is left out when at most one row would be.
 */
export function capRows<T extends { readonly regionId: string }>(
  rows: readonly T[],
  selected: readonly string[],
  limit: number,
): CappedRows<T> {
  if (rows.length <= limit + 1) return { shown: rows, rest: [] };
  const chosen = new Set(selected);
  const shown = rows.slice(0, limit);
  const rest: T[] = [];
  let extra = 0;
  for (const r of rows.slice(limit)) {
    if (chosen.has(r.regionId) && extra < limit) {
      shown.push(r);
      extra++;
    } else rest.push(r);
  }
  return { shown, rest };
}

/** The rows' figures added up, key by key. */
export function sumRows<K extends string>(rows: readonly Readonly<Record<K, number>>[], keys: readonly K[]): Record<K, number> {
  const sum = {} as Record<K, number>;
  for (const k of keys) sum[k] = rows.reduce<number>((n, r) => n + r[k], 0);
  return sum;
}

/** How many rows pass a test. */
export function countRows<T>(rows: readonly T[], test: (row: T) => boolean): number {
  let n = 0;
  for (const r of rows) if (test(r)) n++;
  return n;
}

/** The first row (rows come sorted by this figure, most first) when its figure is above 0: the leading region. */
export function leadingRow<T>(rows: readonly T[], figure: (row: T) => number): T | undefined {
  const first = rows[0];
  return first && figure(first) > 0 ? first : undefined;
}

/**
 * The selected regions that the first `limit` rows leave out, in row order: all capRows needs to know of a
 * selection, so a chart can keep its bars while the selection changes among the regions already drawn.
 */
export function regionsBeyond(rows: readonly { readonly regionId: string }[], selected: readonly string[], limit: number): string[] {
  if (selected.length === 0 || rows.length <= limit + 1) return [];
  const chosen = new Set(selected);
  return rows
    .slice(limit)
    .filter((r) => chosen.has(r.regionId))
    .map((r) => r.regionId);
}
