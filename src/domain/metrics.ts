// The registry of computable metrics: each turns the records of a set of regions into one number for a year.
import type { TargetArea, Unit } from '../data/schema';
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { atLeastLevel } from './ntm-rules';
import { dueForReEvaluation, maintainedIn, ratedIn, recognisedStarsAt } from './ocop-rules';

export interface Scope {
  /** Region ids; null or empty = the whole province. */
  readonly regionIds: readonly string[] | null;
  readonly year: number;
}

export type NoDataReason = 'no-records' | 'no-rated-products' | 'no-communes' | 'no-subjects' | 'no-due-products';

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

export interface MetricDefinition {
  readonly id: string;
  readonly area: TargetArea;
  readonly unit: Unit;
  compute(index: DocumentIndex, scope: Scope): MetricResult;
}

const count = (value: number): MetricResult => ({ kind: 'value', value, unit: 'count' });

/** A share in percent; a share of nothing is no data, never 0 %. */
export function share(numerator: number, denominator: number, reason: NoDataReason): MetricResult {
  if (denominator === 0) return { kind: 'no-data', reason };
  return { kind: 'value', value: (numerator / denominator) * 100, unit: 'percent', numerator, denominator };
}

function products(index: DocumentIndex, scope: Scope) {
  return collect(index.productsByRegion, regionsInScope(index, scope.regionIds));
}
function ntmCommunes(index: DocumentIndex, scope: Scope) {
  return collect(index.ntmByRegion, regionsInScope(index, scope.regionIds));
}

function recognisedSubjectIds(index: DocumentIndex, scope: Scope): Set<string> {
  const ids = new Set<string>();
  for (const p of products(index, scope)) if (recognisedStarsAt(p, scope.year) > 0) ids.add(p.subjectId);
  return ids;
}

function ntmLevelMetrics(level: 'ntm' | 'advanced' | 'model', name: string): MetricDefinition[] {
  const countAt = (index: DocumentIndex, scope: Scope) => {
    const list = ntmCommunes(index, scope);
    let n = 0;
    for (const c of list) if (atLeastLevel(c, scope.year, level)) n++;
    return { n, total: list.length };
  };
  return [
    { id: `ntm.${name}-count`, area: 'ntm', unit: 'count', compute: (i, s) => count(countAt(i, s).n) },
    {
      id: `ntm.${name}-share`,
      area: 'ntm',
      unit: 'percent',
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
    compute(index, scope) {
      let rated = 0;
      let threePlus = 0;
      for (const p of products(index, scope)) {
        if (!ratedIn(p, scope.year)) continue;
        rated++;
        if (p.stars >= 3) threePlus++;
      }
      return share(threePlus, rated, 'no-rated-products');
    },
  },
  {
    id: 'ocop.recognised-count',
    area: 'ocop',
    unit: 'count',
    compute: (index, scope) => count(products(index, scope).filter((p) => recognisedStarsAt(p, scope.year) > 0).length),
  },
  {
    id: 'ocop.five-star-count',
    area: 'ocop',
    unit: 'count',
    compute: (index, scope) => count(products(index, scope).filter((p) => recognisedStarsAt(p, scope.year) === 5).length),
  },
  {
    id: 'ocop.maintained-upgraded-share',
    area: 'ocop',
    unit: 'percent',
    compute(index, scope) {
      let due = 0;
      let kept = 0;
      for (const p of products(index, scope)) {
        if (!dueForReEvaluation(p, scope.year)) continue;
        due++;
        if (maintainedIn(p, scope.year)) kept++;
      }
      return share(kept, due, 'no-due-products');
    },
  },
  {
    id: 'ocop.subjects-developed-count',
    area: 'ocop',
    unit: 'count',
    compute(index, scope) {
      const ids = new Set<string>();
      for (const p of products(index, scope)) if (ratedIn(p, scope.year)) ids.add(p.subjectId);
      return count(ids.size);
    },
  },
  {
    id: 'ocop.modern-channel-subject-share',
    area: 'ocop',
    unit: 'percent',
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
    compute: (index, scope) =>
      count(collect(index.villagesByRegion, regionsInScope(index, scope.regionIds)).filter((v) => v.recognised).length),
  },
  {
    id: 'craft.villages-with-3plus-product',
    area: 'craft-villages',
    unit: 'count',
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

export const METRICS: ReadonlyMap<string, MetricDefinition> = new Map(definitions.map((d) => [d.id, d]));

const results = new WeakMap<DocumentIndex, Map<string, MetricResult>>();

/**
 * Computes a metric for a scope. Results are kept per document (documents never change once loaded), so a
 * filter change recomputes only what the new selection needs; province totals and past years are reused.
 */
export function computeMetric(index: DocumentIndex, metricId: string, scope: Scope): MetricResult | undefined {
  const definition = METRICS.get(metricId);
  if (!definition) return undefined;
  let cache = results.get(index);
  if (!cache) {
    cache = new Map();
    results.set(index, cache);
  }
  const regions = !scope.regionIds || scope.regionIds.length === 0 ? '*' : regionsInScope(index, scope.regionIds).join(',');
  const key = `${metricId}|${scope.year}|${regions}`;
  let result = cache.get(key);
  if (!result) {
    result = definition.compute(index, scope);
    cache.set(key, result);
  }
  return result;
}
