// What every metric computation starts from: the records of a scope's regions, the day a flow counts up to, and
// the two plain results (a count; no data because a record of the year has no date).
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { evaluationDate } from './evaluation-date';
import type { MetricResult, Scope } from './metric-types';

export const count = (value: number): MetricResult => ({ kind: 'value', value, unit: 'count' });

export const UNDATED: MetricResult = { kind: 'no-data', reason: 'undated-records' };

export function products(index: DocumentIndex, scope: Scope) {
  return collect(index.productsByRegion, regionsInScope(index, scope.regionIds));
}
export function ntmCommunes(index: DocumentIndex, scope: Scope) {
  return collect(index.ntmByRegion, regionsInScope(index, scope.regionIds));
}
export function villages(index: DocumentIndex, scope: Scope) {
  return collect(index.villagesByRegion, regionsInScope(index, scope.regionIds));
}

/** The day a flow counts up to, and whether undated records of the year make the count unknown. */
export function flowCutoff(index: DocumentIndex, scope: Scope): { date: string; strict: boolean } {
  return scope.until ? { date: scope.until, strict: true } : { date: evaluationDate(index, scope.year), strict: false };
}
