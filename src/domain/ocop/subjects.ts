// OCOP subjects (cooperatives, enterprises, households) by id, looked up once per document.
import type { Subject } from '../../contract/ocop';
import type { DocumentIndex } from '../document-index';

const subjectMaps = new WeakMap<DocumentIndex, ReadonlyMap<string, Subject>>();

/** Subjects by id (built once per document). */
export function subjectsById(index: DocumentIndex): ReadonlyMap<string, Subject> {
  let map = subjectMaps.get(index);
  if (!map) {
    map = new Map(index.doc.ocop.subjects.map((s) => [s.id, s]));
    subjectMaps.set(index, map);
  }
  return map;
}
