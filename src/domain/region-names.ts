// Region names by id, looked up once per document: labels and cards ask for them on every render. (Apart from
// names.ts, which also holds the communes' and loads with the sections: this is part of the first figures.)
import type { DocumentIndex } from './document-index';

const regionNames = new WeakMap<DocumentIndex, ReadonlyMap<string, string>>();

export function regionNamesOf(index: DocumentIndex): ReadonlyMap<string, string> {
  let hit = regionNames.get(index);
  if (!hit) {
    hit = new Map(index.doc.regions.map((r) => [r.id, r.name]));
    regionNames.set(index, hit);
  }
  return hit;
}
