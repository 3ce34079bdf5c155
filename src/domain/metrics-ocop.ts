// The OCOP metrics: products rated and recognised, five-star products, re-evaluations kept, subjects developed and
// subjects selling through modern channels.
import type { Product } from '../contract/ocop';
import { collect, type DocumentIndex } from './document-index';
import { count, flowCutoff, products, UNDATED } from './metric-records';
import { share, type MetricDefinition, type MetricResult, type Scope } from './metric-types';
import { dueForReEvaluation, maintainedIn, ratedBy, recognisedStarsAt } from './ocop-rules';

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

/** A flow computed from the products rated in the year; no data when a strict cutoff meets an undated rating. */
function fromRated(compute: (rated: Product[]) => MetricResult): MetricDefinition['compute'] {
  return (index, scope) => {
    const rated = ratedProducts(index, scope);
    return rated ? compute(rated) : UNDATED;
  };
}

function recognisedSubjectIds(index: DocumentIndex, scope: Scope): Set<string> {
  const ids = new Set<string>();
  for (const p of products(index, scope)) if (recognisedStarsAt(p, scope.year) > 0) ids.add(p.subjectId);
  return ids;
}

export const OCOP_METRICS: readonly MetricDefinition[] = [
  {
    id: 'ocop.rated-3plus-share',
    area: 'ocop',
    unit: 'percent',
    kind: 'flow',
    compute: fromRated((rated) => share(rated.filter((p) => p.stars >= 3).length, rated.length, 'no-rated-products')),
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
    compute: fromRated((rated) => count(new Set(rated.map((p) => p.subjectId)).size)),
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
];
