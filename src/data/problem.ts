// One problem in a document, at its JSON path: how it is built from a zod issue, and a capped list of them.
import type { z } from 'zod/mini';
import { rangeParams } from '../contract/range';

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
  | 'excluded-reference'
  | 'unchecked'
  | 'order'
  | 'invalid';

export interface Problem {
  readonly path: readonly PathSegment[];
  readonly code: ProblemCode;
  /** Bounds, allowed values, the referenced collection…, as the code needs. */
  readonly params: Readonly<Record<string, string | number | readonly (string | number)[]>>;
  /** The value found at the path, when there is one (absent for a missing field); a container is summarised. */
  readonly received?: unknown;
  readonly hasReceived: boolean;
}

/** At most this many problems (and as many warnings) are kept; the total is still counted. */
export const MAX_PROBLEMS = 1000;

/** "ocop.products[12].stars" */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out || '(gốc)';
}

export function valueAt(root: unknown, path: readonly PathSegment[]): { found: boolean; value?: unknown } {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return { found: false };
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return { found: true, value: cur };
}

/** A container found where a value was expected, summarised (a problem never holds a large value). */
export type ContainerSummary = { readonly container: 'array'; readonly length: number } | { readonly container: 'object' };

/** A received value small enough to keep (and to send between threads): long texts cut, containers summarised. */
function keepable(v: unknown): unknown {
  if (typeof v === 'string') return v.length > 200 ? `${v.slice(0, 199)}…` : v;
  if (Array.isArray(v)) return { container: 'array', length: v.length } satisfies ContainerSummary;
  if (v !== null && typeof v === 'object') return { container: 'object' } satisfies ContainerSummary;
  return v;
}

export function problem(root: unknown, path: readonly PathSegment[], code: ProblemCode, params: Problem['params'] = {}): Problem {
  const at = valueAt(root, path);
  return at.found ? { path, code, params, received: keepable(at.value), hasReceived: true } : { path, code, params, hasReceived: false };
}

/** A zod issue found in the value at `base` (one record, or the meta block), as a problem on the whole document. */
export function fromIssue(root: unknown, base: readonly PathSegment[], issue: z.core.$ZodIssue): Problem {
  const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
  const range = issue.code === 'custom' ? rangeParams(issue.params) : undefined;
  if (range) return problem(root, path, 'range', { min: range.min, max: range.max });
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
      return problem(root, path, path.includes('geometry') ? 'geometry' : 'invalid');
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

/** Keeps the first MAX_PROBLEMS items and counts all of them: a list that cannot grow without bound. */
export class CappedList<T> {
  readonly items: T[] = [];
  total = 0;
  constructor(private readonly cap = MAX_PROBLEMS) {}
  add(item: T): void {
    this.total++;
    if (this.items.length < this.cap) this.items.push(item);
  }
}
