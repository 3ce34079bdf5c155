// How the craft villages spread over the regions: the leading region, how many regions have a village with a 3★+
// product, how many have no recognised village at all (the region chart's summary).
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
  let withProduct = 0;
  let empty = 0;
  for (const r of rows) {
    if (r.withProduct > 0) withProduct++;
    if (r.recognised === 0) empty++;
  }
  const first = rows[0];
  return { top: first && first.recognised > 0 ? first : undefined, withProduct, empty, regions: rows.length };
}
