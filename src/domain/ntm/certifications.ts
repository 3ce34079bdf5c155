// How many communes first reached each NTM level in each year, for the certifications chart.
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { memoised, scopeKey, type RegionSelection } from '../per-document';
import { REACHED_LEVELS, timelineOf, type ReachedLevel } from './timeline';

export interface CertificationRow {
  readonly year: number;
  /** On the first row only: it also holds every recognition before its year ("by 2020", not one year's result). */
  readonly upTo?: true;
  /** Communes that first reached this level (or higher) in `year`. */
  readonly ntm: number;
  readonly advanced: number;
  readonly model: number;
}

/**
 * For each of `years` (consecutive), how many communes of the regions first reached each level that year; the
 * first row gathers the recognitions of all earlier years too and is flagged `upTo`.
 */
export function certificationsByYear(
  index: DocumentIndex,
  regionIds: RegionSelection,
  years: readonly number[],
): readonly CertificationRow[] {
  const start = years[0];
  const key = `ntm|certifications|${start}|${years.length}|${scopeKey(index, regionIds)}`;
  return memoised(index, key, () => {
    const rows: { year: number; upTo?: true; ntm: number; advanced: number; model: number }[] = years.map((year, i) =>
      i === 0 ? { year, upTo: true, ntm: 0, advanced: 0, model: 0 } : { year, ntm: 0, advanced: 0, model: 0 },
    );
    if (start === undefined) return rows;
    for (const c of collect(index.ntmByRegion, regionsInScope(index, regionIds))) {
      const { firstReached } = timelineOf(c);
      for (const level of REACHED_LEVELS) {
        const y = firstReached[level];
        const row = y === undefined ? undefined : rows[Math.max(0, y - start)];
        if (row) row[level]++;
      }
    }
    return rows;
  });
}

/** Certifications over all the rows (the chart's period). */
export function totalCertifications(rows: readonly CertificationRow[]): Record<ReachedLevel, number> {
  const total = { ntm: 0, advanced: 0, model: 0 };
  for (const r of rows) for (const level of REACHED_LEVELS) total[level] += r[level];
  return total;
}
