// One series per selected district over the years, for comparing districts: the top ones by the last year's
// value, the rest gathered as "others" (computed on their records together, so a share stays a share).
import type { DocumentIndex } from './document-index';
import { computeMetric, type MetricId } from './metrics';
import { yearsUpTo } from './chart-years';

/** At most this many series are drawn; with more districts, the top ones and "others" make up the number. */
export const MAX_DISTRICT_SERIES = 8;

export interface DistrictSeriesKey {
  /** The regions the series counts: one district, or several for "others". */
  readonly regionIds: readonly string[];
  readonly other: boolean;
}

export interface DistrictSeries {
  readonly keys: readonly DistrictSeriesKey[];
  /** One row per year; `values[i]` belongs to `keys[i]` (null = no data). */
  readonly rows: readonly { readonly year: number; readonly values: readonly (number | null)[] }[];
}

const valueOf = (index: DocumentIndex, metric: MetricId, regionIds: readonly string[], year: number) => {
  const r = computeMetric(index, metric, { regionIds, year });
  return r?.kind === 'value' ? r.value : null;
};

/** The years the per-district lines can cover: the document's first year to the selected year, never after it. */
export const districtYears = (index: DocumentIndex, year: number): number[] => yearsUpTo(index.years[0], year);

/**
 * The metric per district for `years` (ascending). Districts are ordered by their value in the last year,
 * highest first (no value last; ties keep the given order). Leading years in which no district has a value,
 * or all have 0 (but the last such year), are dropped.
 */
export function districtSeries(
  index: DocumentIndex,
  metric: MetricId,
  regionIds: readonly string[],
  years: readonly number[],
  max = MAX_DISTRICT_SERIES,
): DistrictSeries {
  const last = years.at(-1);
  const ranked = regionIds
    .map((id, i) => ({ id, i, v: last === undefined ? null : valueOf(index, metric, [id], last) }))
    .sort((a, b) => (a.v === null ? (b.v === null ? a.i - b.i : 1) : b.v === null ? -1 : b.v - a.v || a.i - b.i));
  const keys: DistrictSeriesKey[] =
    ranked.length <= max
      ? ranked.map((r) => ({ regionIds: [r.id], other: false }))
      : [
          ...ranked.slice(0, max - 1).map((r) => ({ regionIds: [r.id], other: false })),
          { regionIds: ranked.slice(max - 1).map((r) => r.id), other: true },
        ];
  const rows = years.map((year) => ({ year, values: keys.map((k) => valueOf(index, metric, k.regionIds, year)) }));
  let start = rows.findIndex((r) => r.values.some((v) => v !== null));
  if (start < 0) return { keys, rows: [] };
  const firstNonZero = rows.findIndex((r) => r.values.some((v) => v !== null && v !== 0));
  if (firstNonZero > start) start = firstNonZero - 1;
  return { keys, rows: rows.slice(start) };
}
