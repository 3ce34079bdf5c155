// Turns a raw JSON value into a validated document or a list of problems, each with its JSON path.
import type { z } from 'zod';
import { documentSchema, SUPPORTED_SCHEMA_VERSIONS, type DashboardDocument } from './schema';

export type PathSegment = string | number;

export type ProblemCode =
  | 'version'
  | 'type'
  | 'required'
  | 'range'
  | 'too-small'
  | 'too-big'
  | 'not-integer'
  | 'enum'
  | 'empty'
  | 'date'
  | 'datetime'
  | 'url'
  | 'geometry'
  | 'duplicate'
  | 'unknown-reference'
  | 'order'
  | 'invalid';

export interface Problem {
  readonly path: readonly PathSegment[];
  readonly code: ProblemCode;
  /** Bounds, allowed values, the referenced collection…, as the code needs. */
  readonly params: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  /** The value found at the path, when there is one (absent for a missing field). */
  readonly received?: unknown;
  readonly hasReceived: boolean;
}

export type ValidationResult =
  | { readonly ok: true; readonly document: DashboardDocument }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly total: number };

/** At most this many problems are kept; the total is still counted. */
export const MAX_PROBLEMS = 200;

/** "ocop.products[12].stars" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out || '(gốc)';
}

function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !(seg in (cur as object))) return { found: false };
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: cur };
}

function problem(root: unknown, path: readonly PathSegment[], code: ProblemCode, params: Problem['params'] = {}): Problem {
  const at = valueAt(root, path);
  return at.found ? { path, code, params, received: at.value, hasReceived: true } : { path, code, params, hasReceived: false };
}

function fromIssue(root: unknown, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const range = /^range:(-?\d+):(-?\d+)$/.exec(issue.message);
  if (range) return problem(root, path, 'range', { min: Number(range[1]), max: Number(range[2]) });
  switch (issue.code) {
    case 'invalid_type': {
      const at = valueAt(root, path);
      if (!at.found || at.value === undefined) return problem(root, path, 'required', { expected: issue.expected });
      return problem(root, path, 'type', { expected: issue.expected });
    }
    case 'too_small':
      return problem(root, path, issue.message === 'empty' ? 'empty' : 'too-small', { min: Number(issue.minimum) });
    case 'too_big':
      return problem(root, path, 'too-big', { max: Number(issue.maximum) });
    case 'invalid_value':
      return problem(root, path, path.at(-1) === 'schemaVersion' ? 'version' : 'enum', {
        options: issue.values.map((v) => String(v)),
      });
    case 'invalid_union':
      return problem(root, path, path.at(-1) === 'geometry' || path.includes('geometry') ? 'geometry' : 'invalid');
    case 'invalid_format':
      return problem(root, path, 'invalid', { format: issue.format });
    case 'custom':
    default: {
      const known: Record<string, ProblemCode> = { date: 'date', datetime: 'datetime', url: 'url', empty: 'empty' };
      const knownCode = issue.code === 'custom' ? known[issue.message] : undefined;
      if (knownCode) return problem(root, path, knownCode);
      if (issue.code === 'custom' && ['firstRecognisedYear', 'criteriaMet', 'valueMax'].includes(issue.message)) {
        return problem(root, path, 'order', { field: issue.message });
      }
      if (issue.code === 'not_multiple_of') return problem(root, path, 'not-integer');
      return problem(root, path, 'invalid');
    }
  }
}

function checkUnique(root: unknown, items: readonly { readonly [k: string]: unknown }[], key: string, base: PathSegment[], out: Problem[]) {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const v = item[key];
    if (seen.has(v)) out.push(problem(root, [...base, i, key], 'duplicate'));
    seen.add(v);
  });
}

function checkRef(
  root: unknown,
  known: ReadonlySet<string>,
  value: string | undefined,
  path: PathSegment[],
  collection: string,
  out: Problem[],
) {
  if (value !== undefined && !known.has(value)) out.push(problem(root, path, 'unknown-reference', { collection }));
}

/** Cross-record checks the schema cannot express: unique ids and references that resolve. */
export function checkReferences(doc: DashboardDocument): Problem[] {
  const out: Problem[] = [];
  const root = doc;
  checkUnique(root, doc.regions, 'id', ['regions'], out);
  checkUnique(root, doc.communes, 'code', ['communes'], out);
  checkUnique(root, doc.ocop.subjects, 'id', ['ocop', 'subjects'], out);
  checkUnique(root, doc.ocop.products, 'id', ['ocop', 'products'], out);
  checkUnique(root, doc.ntm.communes, 'communeCode', ['ntm', 'communes'], out);
  checkUnique(root, doc.craftVillages, 'id', ['craftVillages'], out);
  checkUnique(root, doc.targets, 'id', ['targets'], out);
  const regions = new Set(doc.regions.map((r) => r.id));
  const communes = new Set(doc.communes.map((c) => c.code));
  const subjects = new Set(doc.ocop.subjects.map((s) => s.id));
  doc.communes.forEach((c, i) => checkRef(root, regions, c.regionId, ['communes', i, 'regionId'], 'regions', out));
  doc.ocop.subjects.forEach((s, i) => {
    checkRef(root, regions, s.regionId, ['ocop', 'subjects', i, 'regionId'], 'regions', out);
    checkRef(root, communes, s.communeCode, ['ocop', 'subjects', i, 'communeCode'], 'communes', out);
  });
  doc.ocop.products.forEach((p, i) => {
    checkRef(root, subjects, p.subjectId, ['ocop', 'products', i, 'subjectId'], 'ocop.subjects', out);
    checkRef(root, communes, p.communeCode, ['ocop', 'products', i, 'communeCode'], 'communes', out);
  });
  // A criteria set named by a record must be described, when the document describes any (the 2026 set differs).
  const criteriaSets = new Set(doc.ntm.criteriaSets.map((c) => c.id));
  doc.ntm.communes.forEach((n, i) => {
    checkRef(root, communes, n.communeCode, ['ntm', 'communes', i, 'communeCode'], 'communes', out);
    if (criteriaSets.size > 0) checkRef(root, criteriaSets, n.criteriaSet, ['ntm', 'communes', i, 'criteriaSet'], 'ntm.criteriaSets', out);
  });
  doc.targets.forEach((t, i) => {
    t.regionIds?.forEach((r, j) => checkRef(root, regions, r, ['targets', i, 'regionIds', j], 'regions', out));
  });
  doc.craftVillages.forEach((v, i) => {
    checkRef(root, communes, v.communeCode, ['craftVillages', i, 'communeCode'], 'communes', out);
    v.subjectIds.forEach((s, j) => checkRef(root, subjects, s, ['craftVillages', i, 'subjectIds', j], 'ocop.subjects', out));
  });
  return out;
}

/** Validates a parsed JSON value against contract v1; another schema version is refused outright. */
export function validateDocument(raw: unknown): ValidationResult {
  const version = valueAt(raw, ['meta', 'schemaVersion']);
  if (version.found && !(SUPPORTED_SCHEMA_VERSIONS as readonly unknown[]).includes(version.value)) {
    const supported = SUPPORTED_SCHEMA_VERSIONS.join(', ');
    return { ok: false, problems: [problem(raw, ['meta', 'schemaVersion'], 'version', { supported })], total: 1 };
  }
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    return { ok: false, problems: issues.slice(0, MAX_PROBLEMS).map((i) => fromIssue(raw, i)), total: issues.length };
  }
  const refs = checkReferences(parsed.data);
  if (refs.length > 0) return { ok: false, problems: refs.slice(0, MAX_PROBLEMS), total: refs.length };
  return { ok: true, document: parsed.data };
}
