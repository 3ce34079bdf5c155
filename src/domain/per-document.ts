// Results kept per loaded document (it never changes), and the helpers that make cache keys out of views.
import { regionsInScope, type DocumentIndex } from './document-index';
import type { Steps } from './steps';

export type Compare = (a: string, b: string) => number;

/** The regions a view covers; empty or null: the whole province. */
export type RegionSelection = readonly string[] | null;

const memos = new WeakMap<DocumentIndex, Map<string, unknown>>();

/**
 * Keeps a result per document, so a view seen before costs a lookup and a new selection costs only its own
 * records. Keys start with their module's name. Results are shared: callers must not mutate them.
 */
export function memoised<T>(index: DocumentIndex, key: string, compute: () => T): T {
  const cache = cacheOf(index);
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}

/** The same for a result computed in steps: a later call (in steps or not) finds it kept. */
export function* memoisedSteps<T>(index: DocumentIndex, key: string, compute: () => Steps<T>): Steps<T> {
  const cache = cacheOf(index);
  if (cache.has(key)) return cache.get(key) as T;
  const value = yield* compute();
  cache.set(key, value);
  return value;
}

function cacheOf(index: DocumentIndex): Map<string, unknown> {
  let cache = memos.get(index);
  if (!cache) {
    cache = new Map();
    memos.set(index, cache);
  }
  return cache;
}

/** A selection as a cache key: "*" for the whole province, else the known region ids. */
export function scopeKey(index: DocumentIndex, regionIds: readonly string[] | null): string {
  return !regionIds || regionIds.length === 0 ? '*' : regionsInScope(index, regionIds).join(',');
}

/** A name as it sorts: runs of spaces collapsed (the registry has "Xã  Mỹ Lộc"). */
export const sortName = (name: string) => name.replace(/\s+/g, ' ').trim();

const compareIds = new WeakMap<Compare, number>();
let nextCompareId = 0;

/** A collation as part of a cache key. */
export function compareId(compare: Compare): number {
  let id = compareIds.get(compare);
  if (id === undefined) {
    id = nextCompareId++;
    compareIds.set(compare, id);
  }
  return id;
}
