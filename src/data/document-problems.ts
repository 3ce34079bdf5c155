// Turns a raw JSON value into a document: a broken structure is refused whole; a bad record is left out
// (with what depends on it) and listed; rules not yet enforced become warnings.
import { findWarnings, type Warning } from './document-warnings';
import { CappedList, fromIssue, problem, valueAt, type Problem } from './problem';
import type { Exclusions } from '../contract/exclusions';
import { blockPath, RECORD_BLOCKS, type RecordBlock } from '../contract/record-blocks';
import { checkRecords } from './record-checks';
import type { DashboardDocument } from '../contract/document';
import { metaSchema } from '../contract/meta';
import { SUPPORTED_SCHEMA_VERSIONS } from '../contract/values';

export { formatPath, MAX_PROBLEMS, type PathSegment, type Problem, type ProblemCode } from './problem';
export type { Exclusions, ExcludedInBlock } from '../contract/exclusions';
export type { RecordBlock } from '../contract/record-blocks';
export type { Warning, WarningCode } from './document-warnings';

/** What a usable document leaves out and what it should be told; all plain data (it crosses threads). */
export interface DocumentReport {
  /** Problems of the left-out records: the first MAX_PROBLEMS, and how many there are in all. */
  readonly problems: readonly Problem[];
  readonly total: number;
  readonly exclusions: Exclusions;
  readonly warnings: readonly Warning[];
  readonly warningTotal: number;
}

export type ValidationResult =
  | ({ readonly ok: true; readonly document: DashboardDocument } & DocumentReport)
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly total: number };

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The document's frame: an object of the right version, a valid `meta`, and every block an array. */
function checkStructure(raw: unknown, out: CappedList<Problem>): Record<RecordBlock, readonly unknown[]> {
  const arrays = {} as Record<RecordBlock, readonly unknown[]>;
  if (!isObject(raw)) {
    out.add(problem(raw, [], 'type', { expected: 'object' }));
    return arrays;
  }
  const meta = metaSchema.safeParse(raw.meta);
  if (!meta.success) for (const issue of meta.error.issues) out.add(fromIssue(raw, ['meta'], issue));
  for (const parent of ['ocop', 'ntm']) {
    if (!isObject(raw[parent])) out.add(problem(raw, [parent], parent in raw ? 'type' : 'required', { expected: 'object' }));
  }
  for (const block of RECORD_BLOCKS) {
    const path = blockPath(block);
    const at = valueAt(raw, path);
    if (Array.isArray(at.value)) arrays[block] = at.value;
    else {
      arrays[block] = [];
      if (block === 'ntm.criteriaSets' && at.value === undefined) continue;
      if (path.length > 1 && !isObject(raw[path[0] as string])) continue;
      out.add(problem(raw, path, at.found && at.value !== undefined ? 'type' : 'required', { expected: 'array' }));
    }
  }
  if (Array.isArray(raw.regions) && raw.regions.length === 0) out.add(problem(raw, ['regions'], 'too-small', { min: 1 }));
  return arrays;
}

/** Validates a parsed JSON value against contract 1.1 (1.0 documents included); another version is refused outright. */
export function validateDocument(raw: unknown, onProgress?: (done: number, total: number) => void): ValidationResult {
  const version = valueAt(raw, ['meta', 'schemaVersion']);
  if (version.found && !(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version.value)) {
    const supported = SUPPORTED_SCHEMA_VERSIONS.join(', ');
    return { ok: false, problems: [problem(raw, ['meta', 'schemaVersion'], 'version', { supported })], total: 1 };
  }
  const structural = new CappedList<Problem>();
  const arrays = checkStructure(raw, structural);
  if (structural.total > 0) return { ok: false, problems: structural.items, total: structural.total };

  const root = raw as Obj;
  const { kept, problems, exclusions } = checkRecords(root, arrays, onProgress);
  // Nothing can be placed without a region: a document whose every region is left out shows nothing.
  if (kept.regions.values.length === 0) return { ok: false, problems: problems.items, total: problems.total };

  const v = (block: RecordBlock) => kept[block].values as never[];
  const document = {
    ...root,
    meta: metaSchema.parse(root.meta),
    regions: v('regions'),
    communes: v('communes'),
    ocop: { ...(root.ocop as Obj), subjects: v('ocop.subjects'), products: v('ocop.products') },
    ntm: { ...(root.ntm as Obj), criteriaSets: v('ntm.criteriaSets'), communes: v('ntm.communes') },
    craftVillages: v('craftVillages'),
    targets: v('targets'),
  } as DashboardDocument;
  const warnings = findWarnings(document, { products: kept['ocop.products'].origin, targets: kept.targets.origin });
  return {
    ok: true,
    document,
    problems: problems.items,
    total: problems.total,
    exclusions,
    warnings: warnings.items,
    warningTotal: warnings.total,
  };
}
