// How many communes stood at each NTM level or higher at the end of each year, for the progress and share charts.
import { LEVEL_RANK } from '../ntm-rules';
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { memoised, scopeKey, type RegionSelection } from '../per-document';
import { shareOf } from '../percent';
import { timelineOf } from './timeline';

export const NTM_SERIES = ['ntmOrHigher', 'advancedOrHigher', 'model'] as const;
export type NtmSeries = (typeof NTM_SERIES)[number];

export interface ProgressRow {
  readonly year: number;
  /** Communes with an NTM record in the regions (the denominator of the shares). */
  readonly total: number;
  readonly ntmOrHigher: number;
  readonly advancedOrHigher: number;
  readonly model: number;
  /** Shares in percent; null when the regions have no NTM record (a share of nothing is no data). */
  readonly ntmOrHigherShare: number | null;
  readonly advancedOrHigherShare: number | null;
  readonly modelShare: number | null;
}

/**
 * Communes at each level or higher at the end of each of `years` (consecutive), for the regions: the same
 * numbers as the ntm.* metrics, in one pass over the records (each record adds its level changes once).
 */
export function progressByYear(index: DocumentIndex, regionIds: RegionSelection, years: readonly number[]): readonly ProgressRow[] {
  const start = years[0];
  const end = years[years.length - 1];
  if (start === undefined || end === undefined) return [];
  return memoised(index, `ntm|progress|${start}|${end}|${scopeKey(index, regionIds)}`, () => {
    const records = collect(index.ntmByRegion, regionsInScope(index, regionIds));
    // Per year and threshold (rank 1–3), how many communes cross it (+1 up, −1 down); running sums give the counts.
    const n = years.length;
    const diff = new Int32Array(n * 4);
    for (const c of records) {
      let prev = 0;
      for (const s of timelineOf(c).steps) {
        if (s.year > end) break;
        const rank = LEVEL_RANK[s.level];
        const at = Math.max(0, s.year - start) * 4;
        for (let t = 1; t <= 3; t++) diff[at + t] = (diff[at + t] ?? 0) + Number(rank >= t) - Number(prev >= t);
        prev = rank;
      }
    }
    const total = records.length;
    const share = (v: number) => shareOf(v, total);
    let ntmOrHigher = 0;
    let advancedOrHigher = 0;
    let model = 0;
    return years.map((year, i) => {
      ntmOrHigher += diff[i * 4 + 1] ?? 0;
      advancedOrHigher += diff[i * 4 + 2] ?? 0;
      model += diff[i * 4 + 3] ?? 0;
      return {
        year,
        total,
        ntmOrHigher,
        advancedOrHigher,
        model,
        ntmOrHigherShare: share(ntmOrHigher),
        advancedOrHigherShare: share(advancedOrHigher),
        modelShare: share(model),
      };
    });
  });
}
