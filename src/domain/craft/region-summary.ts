// How the craft villages spread over the regions: the leading region, how many regions have a village with a 3★+
// product, how many have no recognised village at all (the region chart's summary).
import { countRows, leadingRow } from '../capped-rows';
import type { CraftRegionRow } from './by-region';

export interface CraftRegionSummary {
  /** The first row (rows come sorted by recognised villages, most first); none when no region has one. */
  readonly top: CraftRegionRow | undefined;
  readonly withProduct: number;
  /** Regions without a recognised village. */
  readonly empty: number;
  readonly regions: number;
}

export function summariseCraftRegions(rows: readonly CraftRegionRow[]): CraftRegionSummary {
  return {
    top: leadingRow(rows, (r) => r.recognised),
    withProduct: countRows(rows, (r) => r.withProduct > 0),
    empty: countRows(rows, (r) => r.recognised === 0),
    regions: rows.length,
  };
}
