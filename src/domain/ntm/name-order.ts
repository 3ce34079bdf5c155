// Where each commune and region stands by name, so that sorting a table compares numbers, not strings.
import type { DocumentIndex } from '../document-index';
import { namesOf } from '../names';
import { sortName, type Compare } from '../per-document';

export interface NameOrder {
  /** Commune code → its place by name (then region name, then code). */
  readonly commune: ReadonlyMap<string, number>;
  /** Region id → its place by name. */
  readonly region: ReadonlyMap<string, number>;
}
const orders = new WeakMap<DocumentIndex, Map<Compare, NameOrder>>();

/**
 * Alphabetical places of communes and regions, sorted once per document and collation, so that later sorting
 * compares numbers, not strings.
 */
export function nameOrder(index: DocumentIndex, compare: Compare): NameOrder {
  let byCompare = orders.get(index);
  if (!byCompare) {
    byCompare = new Map();
    orders.set(index, byCompare);
  }
  const hit = byCompare.get(compare);
  if (hit) return hit;
  const names = namesOf(index);
  const regions = index.doc.regions
    .map((r) => ({ id: r.id, name: sortName(r.name) }))
    .sort((a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const region = new Map(regions.map((r, i) => [r.id, i]));
  const communes = index.doc.communes
    .map((c) => ({ code: c.code, name: sortName(c.name), regionName: sortName(names.region.get(c.regionId) ?? '') }))
    .sort((a, b) => compare(a.name, b.name) || compare(a.regionName, b.regionName) || (a.code < b.code ? -1 : 1));
  const commune = new Map(communes.map((c, i) => [c.code, i]));
  const order = { commune, region };
  byCompare.set(compare, order);
  return order;
}
