// The registry of computable metrics: each turns the records of a set of regions into one number for a year. The
// metrics themselves, by area: metrics-ocop.ts, metrics-ntm.ts, metrics-craft.ts.
import { regionsInScope, type DocumentIndex } from './document-index';
import { OCOP_METRICS } from './metrics-ocop';
import { NTM_METRICS } from './metrics-ntm';
import { CRAFT_METRICS } from './metrics-craft';
import type { MetricDefinition, MetricId, MetricResult, Scope } from './metric-types';

export { METRIC_IDS, share } from './metric-types';
export type { MetricDefinition, MetricId, MetricKind, MetricResult, NoDataReason, Scope } from './metric-types';

const definitions: readonly MetricDefinition[] = [...OCOP_METRICS, ...NTM_METRICS, ...CRAFT_METRICS];

export const METRICS: ReadonlyMap<MetricId, MetricDefinition> = new Map(definitions.map((d) => [d.id, d]));

/** A document's metric id (free text) narrowed to one the registry computes. */
export function isMetricId(id: string): id is MetricId {
  return METRICS.has(id as MetricId);
}

/** The registered metric a target is computed from; undefined for a reported value or an unknown id. */
export function metricOf(t: { readonly metric: string }): MetricId | undefined {
  return isMetricId(t.metric) ? t.metric : undefined;
}

const results = new WeakMap<DocumentIndex, Map<string, MetricResult>>();

/**
 * Computes a metric for a scope. Results are kept per document (documents never change once loaded), so a
 * filter change recomputes only what the new selection needs; province totals and past years are reused.
 */
export function computeMetric(index: DocumentIndex, metricId: MetricId, scope: Scope): MetricResult | undefined {
  const definition = METRICS.get(metricId);
  if (!definition) return undefined;
  let cache = results.get(index);
  if (!cache) {
    cache = new Map();
    results.set(index, cache);
  }
  const regions = !scope.regionIds || scope.regionIds.length === 0 ? '*' : regionsInScope(index, scope.regionIds).join(',');
  const key = `${metricId}|${scope.year}|${regions}|${scope.until ?? ''}`;
  let result = cache.get(key);
  if (!result) {
    result = definition.compute(index, scope);
    cache.set(key, result);
  }
  return result;
}
