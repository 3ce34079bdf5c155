// Which records name another that is missing or left out: references resolve to kept records, in dependency
// order, so a removal carries on to what depends on it.
import { blockPath, type RecordBlock } from '../contract/record-blocks';
import { formatPath, problem, type PathSegment } from './problem';
import { field, KEYS, str, type Obj, type RecordsUnderCheck } from './record-schemas';

export function leaveOutBrokenReferences({ root, arrays, parsed, bad, fail }: RecordsUnderCheck): void {
  const keptIds = (block: RecordBlock) => {
    const ids = new Map<string, number>();
    parsed[block].forEach((v, i) => {
      if (!bad[block][i]) ids.set(field(v, KEYS[block]) as string, i);
    });
    return ids;
  };
  const anyIds = (block: RecordBlock) => {
    const ids = new Map<string, number>();
    arrays[block].forEach((v, i) => {
      const id = str(field(v, KEYS[block]));
      if (id !== undefined && !ids.has(id)) ids.set(id, i);
    });
    return ids;
  };
  const refCheck = (target: RecordBlock) => {
    const kept = keptIds(target);
    const all = anyIds(target);
    return (block: RecordBlock, i: number, value: unknown, path: PathSegment[]) => {
      if (value === undefined) return;
      const id = value as string;
      if (kept.has(id)) return;
      const at = all.get(id);
      const full = [...blockPath(block), i, ...path];
      const p =
        at === undefined
          ? problem(root, full, 'unknown-reference', { collection: target })
          : problem(root, full, 'excluded-reference', { record: formatPath([...blockPath(target), at]) });
      fail(block, i, p);
    };
  };
  const each = (block: RecordBlock, check: (v: Obj, i: number) => void) =>
    parsed[block].forEach((v, i) => {
      if (!bad[block][i]) check(v as Obj, i);
    });

  const toRegion = refCheck('regions');
  each('communes', (c, i) => toRegion('communes', i, c.regionId, ['regionId']));
  const toCommune = refCheck('communes');
  each('ocop.subjects', (s, i) => {
    toRegion('ocop.subjects', i, s.regionId, ['regionId']);
    toCommune('ocop.subjects', i, s.communeCode, ['communeCode']);
  });
  const toSubject = refCheck('ocop.subjects');
  each('ocop.products', (p, i) => {
    toSubject('ocop.products', i, p.subjectId, ['subjectId']);
    toCommune('ocop.products', i, p.communeCode, ['communeCode']);
  });
  // A criteria set named by a record must be described, when the document describes any (the 2026 set differs).
  const toCriteriaSet = arrays['ntm.criteriaSets'].length > 0 ? refCheck('ntm.criteriaSets') : undefined;
  each('ntm.communes', (n, i) => {
    toCommune('ntm.communes', i, n.communeCode, ['communeCode']);
    toCriteriaSet?.('ntm.communes', i, n.criteriaSet, ['criteriaSet']);
  });
  // A district's own target (contract 1.1) names regions that must exist.
  each('targets', (t, i) => {
    ((t.regionIds as string[] | undefined) ?? []).forEach((r, j) => toRegion('targets', i, r, ['regionIds', j]));
  });
  each('craftVillages', (v, i) => {
    toCommune('craftVillages', i, v.communeCode, ['communeCode']);
    (v.subjectIds as string[]).forEach((s, j) => toSubject('craftVillages', i, s, ['subjectIds', j]));
  });
}
