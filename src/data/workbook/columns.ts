// A workbook column for each field of a contract record, read from the zod schema itself, so the template follows the contract.
import { util, type z } from 'zod/mini';

export type ColumnKind = 'text' | 'date' | 'datetime' | 'url' | 'integer' | 'number' | 'boolean' | 'enum' | 'list' | 'text-or-number';

export interface Column {
  /** The field's path inside its record (['source', 'name']); keys starting with '@' are the workbook's own. */
  readonly key: readonly string[];
  readonly header: string;
  readonly kind: ColumnKind;
  readonly required: boolean;
  readonly options?: readonly (string | number)[];
  readonly min?: number;
  readonly max?: number;
  /** A list the contract defaults to []: an empty cell still gives []. */
  readonly defaultsToEmpty?: boolean;
}

// zod 4 keeps each schema's definition at `.def`; this is the small part of it the workbook needs.
interface Introspected {
  readonly def: {
    readonly type: string;
    readonly innerType?: Introspected;
    readonly options?: readonly Introspected[];
    readonly element?: Introspected;
    /** A literal's values. */
    readonly values?: readonly (string | number)[];
    readonly checks?: readonly { readonly _zod: { readonly def: NumberCheckDef } }[];
  };
  readonly shape?: Record<string, Introspected>;
  /** An enum's values. */
  readonly options?: readonly (string | number)[];
  safeParse(v: unknown): { success: boolean };
}

/** The parts of a number check's definition that bound it or make it whole. */
interface NumberCheckDef {
  readonly check: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: keyof typeof util.NUMBER_FORMAT_RANGES;
}

/** A number schema's bounds and whether it takes whole numbers only, folded from its checks as zod's JSON Schema does. */
function numberBounds(s: Introspected): { min: number; max: number; isInt: boolean } {
  let min = Number.NEGATIVE_INFINITY;
  let max = Number.POSITIVE_INFINITY;
  let isInt = false;
  for (const { _zod } of s.def.checks ?? []) {
    const { check, value, format } = _zod.def;
    if (check === 'greater_than' && typeof value === 'number') min = Math.max(min, value);
    else if (check === 'less_than' && typeof value === 'number') max = Math.min(max, value);
    else if (check === 'multiple_of' && Number.isSafeInteger(value)) isInt = true;
    else if (check === 'number_format' && format !== undefined) {
      if (format.includes('int')) isInt = true;
      const [lo, hi] = util.NUMBER_FORMAT_RANGES[format];
      min = Math.max(min, lo);
      max = Math.min(max, hi);
    }
  }
  return { min, max, isInt };
}

export const asIntrospected = (schema: z.ZodMiniType): Introspected => schema as unknown as Introspected;

/** Strips optional and default wrappers. */
export function unwrap(schema: Introspected): { inner: Introspected; optional: boolean; hasDefault: boolean } {
  let inner = schema;
  let optional = false;
  let hasDefault = false;
  while (inner.def.innerType && ['optional', 'default', 'nullable', 'prefault'].includes(inner.def.type)) {
    if (inner.def.type === 'default' || inner.def.type === 'prefault') hasDefault = true;
    optional = true;
    inner = inner.def.innerType;
  }
  return { inner, optional, hasDefault };
}

function literalValues(s: Introspected): (string | number)[] | undefined {
  if (s.def.type === 'literal') return [...(s.def.values ?? [])];
  if (s.def.type === 'union' && s.def.options?.every((o) => o.def.type === 'literal'))
    return s.def.options.flatMap((o) => [...(o.def.values ?? [])]);
  return undefined;
}

/** What kind of cell a field needs, found by asking the schema (a date field accepts 2025-06-30 and nothing longer). */
function kindOf(s: Introspected): Pick<Column, 'kind' | 'options' | 'min' | 'max'> | undefined {
  const literals = literalValues(s);
  if (literals) return { kind: 'enum', options: literals };
  switch (s.def.type) {
    case 'string':
      if (s.safeParse('2025-06-30').success && !s.safeParse('2025-06-30T08:00:00+07:00').success) return { kind: 'date' };
      if (s.safeParse('2025-06-30T08:00:00+07:00').success && !s.safeParse('2025-06-30').success) return { kind: 'datetime' };
      if (s.safeParse('https://example.gov.vn').success && !s.safeParse('x').success) return { kind: 'url' };
      return { kind: 'text' };
    case 'number': {
      const { min, max, isInt } = numberBounds(s);
      const bounds = { ...(Number.isFinite(min) ? { min } : {}), ...(Number.isFinite(max) ? { max } : {}) };
      return { kind: isInt ? 'integer' : 'number', ...bounds };
    }
    case 'boolean':
      return { kind: 'boolean' };
    case 'enum':
      return { kind: 'enum', options: s.options ?? [] };
    case 'union':
      return { kind: 'text-or-number' };
    case 'array':
      return s.def.element && unwrap(s.def.element).inner.def.type === 'string' ? { kind: 'list' } : undefined;
    default:
      return undefined;
  }
}

/**
 * The columns of a record schema, nested objects flattened (source.name, source.url…). Arrays of records and
 * the keys in `skip` are left to other sheets. `label` names each column; an unnamed field gets its path.
 */
export function columnsOf(
  schema: z.ZodMiniType,
  label: (path: string) => string | undefined,
  skip: readonly string[] = [],
  prefix: readonly string[] = [],
  parentOptional = false,
): Column[] {
  const shape = unwrap(asIntrospected(schema)).inner.shape ?? {};
  return Object.entries(shape).flatMap(([name, field]) => {
    const key = [...prefix, name];
    const path = key.join('.');
    if (skip.includes(path)) return [];
    const { inner, optional, hasDefault } = unwrap(field);
    if (inner.def.type === 'object') return columnsOf(inner as unknown as z.ZodMiniType, label, skip, key, parentOptional || optional);
    const kind = kindOf(inner);
    if (!kind) return [];
    const column: Column = { key, header: label(path) ?? path, required: !optional && !parentOptional, ...kind };
    return [hasDefault && kind.kind === 'list' ? { ...column, defaultsToEmpty: true } : column];
  });
}
