// How many craft villages are recognised, traditional and with a 3★+ product, and which goal applies to a year.
import type { CraftVillage } from '../../contract/craft';
import type { Target } from '../../contract/targets';
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { goalForYear } from '../goal-for-year';
import { computeMetric, type Scope } from '../metrics';

export const WITH_PRODUCT = 'craft.villages-with-3plus-product';
export const RECOGNISED = 'craft.recognised-count';

/** A craft metric for the scope; 0 when it gives no value. */
export function craftMetric(index: DocumentIndex, metric: typeof WITH_PRODUCT | typeof RECOGNISED, scope: Scope): number {
  const r = computeMetric(index, metric, scope);
  return r?.kind === 'value' ? r.value : 0;
}

/** Recognised villages that are traditional. */
export function traditionalCount(villages: readonly CraftVillage[]): number {
  let n = 0;
  for (const v of villages) if (v.recognised && v.traditional) n++;
  return n;
}

export interface CraftTotals {
  /** Villages holding recognition now (`recognised: true`): the craft.recognised-count metric. */
  readonly recognised: number;
  /** Recognised villages that are traditional. */
  readonly traditional: number;
  /** Recognised villages with a subject that has a 3★+ product valid at the end of the year (the metric). */
  readonly withProduct: number;
}

export function craftTotals(index: DocumentIndex, regionIds: readonly string[] | null, year: number): CraftTotals {
  const scope = { regionIds, year };
  return {
    recognised: craftMetric(index, RECOGNISED, scope),
    traditional: traditionalCount(collect(index.villagesByRegion, regionsInScope(index, regionIds))),
    withProduct: craftMetric(index, WITH_PRODUCT, scope),
  };
}

/**
 * The document's count target on villages with a 3★+ product that applies to `year`: of those whose deadline
 * falls in `year` or later, the earliest; otherwise the one with the latest deadline. Undefined when there is none.
 */
export function craftGoal(index: DocumentIndex, year: number): Target | undefined {
  return goalForYear(index.doc.targets, WITH_PRODUCT, 'count', year);
}
