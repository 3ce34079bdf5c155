// The registry of computable metrics: each turns the records of a set of regions into one number for a year.
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { atLeastLevel } from './ntm-rules';
import { evaluationDate } from './evaluation-date';
import { dueForReEvaluation, maintainedIn, ratedBy, recognisedStarsAt } from './ocop-rules';

import { share, type MetricDefinition, type MetricId, type MetricResult, type Scope } from './metric-types';

export { METRIC_IDS, share } from './metric-types';
export type { MetricDefinition, MetricId, MetricKind, MetricResult, NoDataReason, Scope } from './metric-types';

const count = (value: number): MetricResult => ({ kind: 'value', value, unit: 'count' });

function products(index: DocumentIndex, scope: Scope) {
  return collect(index.productsByRegion, regionsInScope(index, scope.regionIds));
}
function ntmCommunes(index: DocumentIndex, scope: Scope) {
  return collect(index.ntmByRegion, regionsInScope(index, scope.regionIds));
}

/** The day a flow counts up to, and whether undated records of the year make the count unknown. */
function flowCutoff(index: DocumentIndex, scope: Scope): { date: string; strict: boolean } {
  return scope.until ? { date: scope.until, strict: true } : { date: evaluationDate(index, scope.year), strict: false };
}

/** The products rated in the scope's year by its cutoff; null when a strict cutoff meets an undated rating. */
function ratedProducts(index: DocumentIndex, scope: Scope) {
  const { date, strict } = flowCutoff(index, scope);
  const out = [];
  for (const p of products(index, scope)) {
    if (p.ratingYear !== scope.year) continue;
    if (strict && p.decisionDate === undefined) return null;
    if (ratedBy(p, scope.year, date)) out.push(p);
  }
  return out;
}

const UNDATED: MetricResult = { kind: 'no-data', reason: 'undated-records' };

function recognisedSubjectIds(index: DocumentIndex, scope: Scope): Set<string> {
  const ids = new Set<string>();
  for (const p of products(index, scope)) if (recognisedStarsAt(p, scope.year) > 0) ids.add(p.subjectId);
  return ids;
}

function ntmLevelMetrics<N extends 'ntm-or-higher' | 'advanced-or-higher' | 'model'>(
  level: 'ntm' | 'advanced' | 'model',
  name: N,
): MetricDefinition[] {
  const countAt = (index: DocumentIndex, scope: Scope) => {
    const list = ntmCommunes(index, scope);
    let n = 0;
    for (const c of list) if (atLeastLevel(c, scope.year, level)) n++;
    return { n, total: list.length };
  };
  return [
    { id: `ntm.${name}-count` as const, area: 'ntm', unit: 'count', kind: 'stock', compute: (i, s) => count(countAt(i, s).n) },
    {
      id: `ntm.${name}-share` as const,
      area: 'ntm',
      unit: 'percent',
      kind: 'stock',
      compute: (i, s) => {
        const { n, total } = countAt(i, s);
        return share(n, total, 'no-communes');
      },
    },
  ];
}

const definitions: MetricDefinition[] = [
  {
    id: 'ocop.rated-3plus-share',
    area: 'ocop',
    unit: 'percent',
    kind: 'flow',
    compute(index, scope) {
      const rated = ratedProducts(index, scope);
      if (!rated) return UNDATED;
      return share(rated.filter((p) => p.stars >= 3).length, rated.length, 'no-rated-products');
    },
  },
  {
    id: 'ocop.recognised-count',
    area: 'ocop',
    unit: 'count',
    kind: 'stock',
    compute: (index, scope) => count(products(index, scope).filter((p) => recognisedStarsAt(p, scope.year) > 0).length),
  },
  {
    id: 'ocop.five-star-count',
    area: 'ocop',
    unit: 'count',
    kind: 'stock',
    compute: (index, scope) => count(products(index, scope).filter((p) => recognisedStarsAt(p, scope.year) === 5).length),
  },
  {
    id: 'ocop.maintained-upgraded-share',
    area: 'ocop',
    unit: 'percent',
    kind: 'flow',
    compute(index, scope) {
      // Due by the cutoff: a certificate expiring after it has not come up for re-evaluation yet.
      const { date, strict } = flowCutoff(index, scope);
      let due = 0;
      let kept = 0;
      for (const p of products(index, scope)) {
        if (strict && p.ratingYear === scope.year && p.decisionDate === undefined) return UNDATED;
        if (!dueForReEvaluation(p, scope.year, date)) continue;
        due++;
        if (maintainedIn(p, scope.year, date)) kept++;
      }
      return share(kept, due, 'no-due-products');
    },
  },
  {
    id: 'ocop.subjects-developed-count',
    area: 'ocop',
    unit: 'count',
    kind: 'flow',
    compute(index, scope) {
      const rated = ratedProducts(index, scope);
      if (!rated) return UNDATED;
      return count(new Set(rated.map((p) => p.subjectId)).size);
    },
  },
  {
    id: 'ocop.modern-channel-subject-share',
    area: 'ocop',
    unit: 'percent',
    kind: 'stock',
    compute(index, scope) {
      const ids = recognisedSubjectIds(index, scope);
      const subjects = collect(index.subjectsByRegion, index.regionIds);
      let modern = 0;
      let total = 0;
      for (const s of subjects) {
        if (!ids.has(s.id)) continue;
        total++;
        if (s.modernChannels) modern++;
      }
      return share(modern, total, 'no-subjects');
    },
  },
  ...ntmLevelMetrics('ntm', 'ntm-or-higher'),
  ...ntmLevelMetrics('advanced', 'advanced-or-higher'),
  ...ntmLevelMetrics('model', 'model'),
  {
    id: 'craft.recognised-count',
    area: 'craft-villages',
    unit: 'count',
    kind: 'stock',
    compute: (index, scope) =>
      count(collect(index.villagesByRegion, regionsInScope(index, scope.regionIds)).filter((v) => v.recognised).length),
  },
  {
    id: 'craft.villages-with-3plus-product',
    area: 'craft-villages',
    unit: 'count',
    kind: 'stock',
    compute(index, scope) {
      const villages = collect(index.villagesByRegion, regionsInScope(index, scope.regionIds));
      let n = 0;
      for (const v of villages) {
        if (!v.recognised) continue;
        const has = v.subjectIds.some((sid) => (index.productsBySubject.get(sid) ?? []).some((p) => recognisedStarsAt(p, scope.year) > 0));
        if (has) n++;
      }
      return count(n);
    },
  },
];

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
