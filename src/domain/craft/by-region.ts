// How many villages each region has recognised, traditional and with a 3★+ product, for the per-region chart.
import { capRows, sumRows } from '../capped-rows';
import type { DocumentIndex } from '../document-index';
import type { Compare } from '../per-document';
import { craftMetric, RECOGNISED, traditionalCount, WITH_PRODUCT } from './totals';

export interface CraftRegionRow {
  /** Region id; empty for the "other regions" row. */
  readonly regionId: string;
  readonly name: string;
  readonly recognised: number;
  readonly traditional: number;
  readonly withProduct: number;
}

/**
 * Every region of the document (one without villages gives zeros), with the two craft metrics for `year`,
 * sorted by recognised villages descending, then by name. Each region reads only its own villages.
 */
export function craftRegionRows(index: DocumentIndex, year: number, compare: Compare): CraftRegionRow[] {
  const rows = index.doc.regions.map((r) => {
    const scope = { regionIds: [r.id], year };
    return {
      regionId: r.id,
      name: r.name,
      recognised: craftMetric(index, RECOGNISED, scope),
      traditional: traditionalCount(index.villagesByRegion.get(r.id) ?? []),
      withProduct: craftMetric(index, WITH_PRODUCT, scope),
    };
  });
  return rows.sort((a, b) => b.recognised - a.recognised || compare(a.name, b.name));
}

export interface CappedCraftRegions {
  readonly shown: readonly CraftRegionRow[];
  /** The rest summed into one row, with how many regions it holds; undefined when nothing was left out. */
  readonly others?: CraftRegionRow & { readonly regions: number };
}

/**
 * Keeps the chart under ~150 marks: the first `limit` rows, the selected regions not among them (at most `limit`
 * more), and the rest summed into one row. Nothing is summed when at most one row would be left out.
 */
export function capCraftRegions(rows: readonly CraftRegionRow[], selected: readonly string[], limit: number): CappedCraftRegions {
  const { shown, rest } = capRows(rows, selected, limit);
  if (rest.length === 0) return { shown };
  const sum = sumRows(rest, ['recognised', 'traditional', 'withProduct']);
  return { shown, others: { regionId: '', name: '', ...sum, regions: rest.length } };
}
