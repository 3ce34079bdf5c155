// The pieces every block of the contract is built from: dates, names, bounded integers, texts, sources.
import { z } from 'zod/mini';
import './zod-jitless';
import type { RangeParams } from './range';

/** YYYY-MM-DD names a real day (no 30 February); arithmetic only, as it runs for every date of every record. */
function isCalendarDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

/**
 * A copy of `schema` carrying `description` in the global registry (what the JSON Schema and the docs read),
 * the original left as it is: a shared piece such as `nonEmpty` is described where it is used.
 */
export function describe<T extends z.ZodMiniType>(schema: T, description: string): T {
  const described = schema.clone();
  z.globalRegistry.add(described, { description });
  return described;
}

export const isoDate = describe(
  z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }))
    .check(z.refine(isCalendarDate, { message: 'date' })),
  'A calendar date, YYYY-MM-DD',
);
export const isoDateTime = describe(
  z.string().check(
    z.refine((s: string) => /^\d{4}-\d{2}-\d{2}T[^Z+-]*(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
      message: 'datetime',
    }),
  ),
  'A date and time, ISO 8601 with a zone, e.g. 2025-04-30T08:00:00+07:00',
);
export const nonEmpty = z
  .string()
  .check(z.trim())
  .check(z.minLength(1, { message: 'empty' }));

/**
 * An integer in [min, max]. One check reports a value outside the bounds, with the bounds in its params (and
 * stops there); gte and lte carry the bounds into the published JSON Schema (minimum, maximum).
 */
export const intRange = (min: number, max: number) => {
  const params: RangeParams = { code: 'range', min, max };
  return z
    .number()
    .check(z.int())
    .check(z.refine((n: number) => n >= min && n <= max, { params, abort: true }))
    .check(z.gte(min))
    .check(z.lte(max));
};
export const integer = () => z.number().check(z.int());
export const year = describe(intRange(1990, 2100), 'A calendar year');
export const httpUrl = describe(
  z.string().check(z.refine((s: string) => /^https?:\/\//i.test(s), { message: 'url' })),
  'An http(s) address',
);

/** A text in Vietnamese, optionally with its English version. */
export const localisedTextSchema = z.looseObject({
  vi: nonEmpty,
  en: z.optional(nonEmpty),
});

export const sourceSchema = z.looseObject({
  name: nonEmpty,
  url: z.optional(httpUrl),
  date: z.optional(isoDate),
  note: z.optional(z.string()),
});

export type LocalisedText = z.infer<typeof localisedTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
