// Record by record: a record that breaks a rule is left out, and so is every record that depends on it.
import type { z } from 'zod/mini';
import { CappedList, formatPath, fromIssue, problem, type PathSegment, type Problem } from './problem';
import { blockPath, RECORD_BLOCKS, type RecordBlock } from '../contract/record-blocks';
import type { ExcludedInBlock, Exclusions } from '../contract/exclusions';

export { blockPath, RECORD_BLOCKS, type RecordBlock };
export { NO_EXCLUSIONS, type ExcludedInBlock, type Exclusions } from '../contract/exclusions';
import {
  communeSchema,
  craftVillageSchema,
  criteriaSetSchema,
  ntmCommuneSchema,
  productSchema,
  regionSchema,
  subjectSchema,
  targetSchema,
  TARGET_AREAS,
} from '../contract/schema';

const SCHEMAS: Record<RecordBlock, z.ZodMiniType> = {
  regions: regionSchema,
  communes: communeSchema,
  'ocop.subjects': subjectSchema,
  'ocop.products': productSchema,
  'ntm.criteriaSets': criteriaSetSchema,
  'ntm.communes': ntmCommuneSchema,
  craftVillages: craftVillageSchema,
  targets: targetSchema,
};

/** The id each block is keyed by (unique within the block). */
const KEYS: Record<RecordBlock, string> = {
  regions: 'id',
  communes: 'code',
  'ocop.subjects': 'id',
  'ocop.products': 'id',
  'ntm.criteriaSets': 'id',
  'ntm.communes': 'communeCode',
  craftVillages: 'id',
  targets: 'id',
};

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const field = (v: unknown, key: string): unknown => (v !== null && typeof v === 'object' ? (v as Obj)[key] : undefined);

export interface RecordCheckResult {
  /** Per block, the records kept (as the schema outputs them) and their index in the document. */
  readonly kept: Record<RecordBlock, { readonly values: unknown[]; readonly origin: number[] }>;
  readonly problems: CappedList<Problem>;
  readonly exclusions: Exclusions;
}

/** Checks every record of the given blocks (each already known to be an array). */
export function checkRecords(
  root: unknown,
  arrays: Record<RecordBlock, readonly unknown[]>,
  /** Called now and then with the records checked so far and their number. */
  onProgress?: (done: number, total: number) => void,
): RecordCheckResult {
  const problems = new CappedList<Problem>();
  const all = RECORD_BLOCKS.reduce((n, b) => n + arrays[b].length, 0);
  let done = 0;
  const bad = {} as Record<RecordBlock, Uint8Array>;
  const parsed = {} as Record<RecordBlock, unknown[]>;
  const fail = (block: RecordBlock, i: number, p: Problem) => {
    bad[block][i] = 1;
    problems.add(p);
  };

  // 1. Each record against its schema.
  for (const block of RECORD_BLOCKS) {
    const list = arrays[block];
    const base = blockPath(block);
    bad[block] = new Uint8Array(list.length);
    parsed[block] = new Array<unknown>(list.length);
    const schema = SCHEMAS[block];
    for (let i = 0; i < list.length; i++) {
      if (onProgress && ++done % 2000 === 0) onProgress(done, all);
      let result: ReturnType<typeof schema.safeParse>;
      try {
        result = schema.safeParse(list[i]);
      } catch {
        // A record too deeply nested or too large to check (the engine's stack ran out) is left out, not fatal.
        fail(block, i, problem(root, [...base, i], 'unchecked'));
        continue;
      }
      if (result.success) parsed[block][i] = result.data;
      else for (const issue of result.error.issues) fail(block, i, fromIssue(root, [...base, i], issue));
    }
  }

  // 2. Ids are unique: when two records share one, neither can be trusted, so all of them are left out.
  for (const block of RECORD_BLOCKS) {
    const key = KEYS[block];
    const holders = new Map<string, number[]>();
    const list = parsed[block];
    for (let i = 0; i < list.length; i++) {
      if (bad[block][i]) continue;
      const id = field(list[i], key) as string;
      const at = holders.get(id);
      if (at) at.push(i);
      else holders.set(id, [i]);
    }
    for (const at of holders.values()) {
      if (at.length < 2) continue;
      const [first, second] = at as [number, number];
      for (const i of at) {
        const other = i === first ? second : first;
        fail(block, i, problem(root, [...blockPath(block), i, key], 'duplicate', { with: formatPath([...blockPath(block), other]) }));
      }
    }
  }

  // 3. References resolve to kept records, in dependency order, so a removal carries on to what depends on it.
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

  // 4. What is kept, and where the left-out records would have counted: the region their commune names, as
  // published, when that region exists in the document; otherwise anywhere (unplaced). A code published with
  // two different regions places nothing.
  const regionIds = new Set<string>();
  for (const r of arrays.regions) {
    const id = str(field(r, 'id'));
    if (id !== undefined) regionIds.add(id);
  }
  const regionOf = (v: unknown) => {
    const id = str(field(v, 'regionId'));
    return id !== undefined && regionIds.has(id) ? id : undefined;
  };
  const regionOfCommune = new Map<string, string | undefined>();
  for (const c of arrays.communes) {
    const code = str(field(c, 'code'));
    if (code === undefined) continue;
    const region = regionOf(c);
    regionOfCommune.set(code, regionOfCommune.has(code) && regionOfCommune.get(code) !== region ? undefined : region);
  }
  const placeOf = (block: RecordBlock, v: unknown): string | undefined => {
    switch (block) {
      case 'regions':
        return str(field(v, 'id'));
      case 'communes':
      case 'ocop.subjects':
        return regionOf(v);
      case 'ocop.products':
      case 'ntm.communes':
      case 'craftVillages':
        return regionOfCommune.get(str(field(v, 'communeCode')) ?? '');
      case 'targets': {
        const area = str(field(v, 'area'));
        return area !== undefined && (TARGET_AREAS as readonly string[]).includes(area) ? area : undefined;
      }
      default:
        return undefined;
    }
  };

  const kept = {} as RecordCheckResult['kept'];
  const blocks: Partial<Record<RecordBlock, ExcludedInBlock>> = {};
  let total = 0;
  for (const block of RECORD_BLOCKS) {
    const values: unknown[] = [];
    const origin: number[] = [];
    const byPlace: Record<string, number> = {};
    let count = 0;
    let unplaced = 0;
    const raw = arrays[block];
    for (let i = 0; i < raw.length; i++) {
      if (!bad[block][i]) {
        values.push(parsed[block][i]);
        origin.push(i);
        continue;
      }
      count++;
      const place = placeOf(block, raw[i]);
      if (place === undefined) unplaced++;
      else byPlace[place] = (byPlace[place] ?? 0) + 1;
    }
    kept[block] = { values, origin };
    if (count > 0) blocks[block] = { count, byPlace, unplaced };
    total += count;
  }
  return { kept, problems, exclusions: { total, blocks } };
}
