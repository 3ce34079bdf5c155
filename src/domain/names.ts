// Commune and region names by code and id, looked up once per document.
import type { DocumentIndex } from './document-index';
import { regionNamesOf } from './region-names';

export interface Names {
  readonly commune: ReadonlyMap<string, string>;
  readonly region: ReadonlyMap<string, string>;
}
const names = new WeakMap<DocumentIndex, Names>();

/** Commune and region names by code/id (built once per document). */
export function namesOf(index: DocumentIndex): Names {
  let hit = names.get(index);
  if (!hit) {
    hit = {
      commune: new Map(index.doc.communes.map((c) => [c.code, c.name])),
      region: regionNamesOf(index),
    };
    names.set(index, hit);
  }
  return hit;
}
