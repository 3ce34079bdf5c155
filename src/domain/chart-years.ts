// The one rule for every over-the-years chart: consecutive years up to the selected year, never after it.

/** At most this many years on a chart (3 series × 20 years stays under 150 marks). */
export const MAX_YEARS = 20;

/**
 * Consecutive years from `first` to `year`, at most `max` of them (the latest). A chart never draws a year after
 * the selected one; when `first` is later than `year` (or unknown) the chart shows the selected year alone.
 */
export function yearsUpTo(first: number | undefined, year: number, max = Infinity): number[] {
  const start = Math.max(Math.min(first ?? year, year), year - max + 1);
  const years: number[] = [];
  for (let y = start; y <= year; y++) years.push(y);
  return years;
}
