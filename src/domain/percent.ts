// One rule for every share the charts draw: a share of nothing is no data, never 0 %.

/** `n` as a percent of `total`; null when `total` is 0. */
export const shareOf = (n: number, total: number): number | null => (total === 0 ? null : (n / total) * 100);
