// What a metric is: its ids, the scope it is computed for, and what it gives (a value, or why there is none).
import type { TargetArea, Unit } from '../contract/values';
import type { DocumentIndex } from './document-index';

export interface Scope {
  /** Region ids; null or empty = the whole province. */
  readonly regionIds: readonly string[] | null;
  readonly year: number;
  /**
   * For flows: count only the year's records dated on or before this day (last year "to the same date").
   * A record of that year without a date then makes the result `undated-records`. Default: the evaluation date.
   */
  readonly until?: string;
}

export type NoDataReason = 'no-records' | 'no-rated-products' | 'no-communes' | 'no-subjects' | 'no-due-products' | 'undated-records';

/**
 * A stock is a state at a date (valid products, communes at a level, villages); a flow counts what happened
 * within the year (products rated, subjects developed, re-evaluations), so part of a year holds part of it.
 */
export type MetricKind = 'stock' | 'flow';

export type MetricResult =
  | {
      readonly kind: 'value';
      readonly value: number;
      readonly unit: Unit;
      /** For shares: the counted part and the whole, so the reason can say "37 of 45". */
      readonly numerator?: number;
      readonly denominator?: number;
    }
  | { readonly kind: 'no-data'; readonly reason: NoDataReason };

/** Every metric the registry computes: a target's `metric` is one of these, or "reported". */
export const METRIC_IDS = [
  'ocop.rated-3plus-share',
  'ocop.recognised-count',
  'ocop.five-star-count',
  'ocop.maintained-upgraded-share',
  'ocop.subjects-developed-count',
  'ocop.modern-channel-subject-share',
  'ntm.ntm-or-higher-count',
  'ntm.ntm-or-higher-share',
  'ntm.advanced-or-higher-count',
  'ntm.advanced-or-higher-share',
  'ntm.model-count',
  'ntm.model-share',
  'craft.recognised-count',
  'craft.villages-with-3plus-product',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  readonly id: MetricId;
  readonly area: TargetArea;
  readonly unit: Unit;
  readonly kind: MetricKind;
  compute(index: DocumentIndex, scope: Scope): MetricResult;
}

/** A share in percent; a share of nothing is no data, never 0 %. */
export function share(numerator: number, denominator: number, reason: NoDataReason): MetricResult {
  if (denominator === 0) return { kind: 'no-data', reason };
  return { kind: 'value', value: (numerator / denominator) * 100, unit: 'percent', numerator, denominator };
}
