// The data contract, version 1.1: one zod schema from which the TypeScript types and the published JSON Schema are derived.
import { z } from 'zod';
import './zod-jitless';

import {
  COMPARISONS,
  NTM_LEVELS,
  PRODUCT_GROUPS,
  PRODUCT_STATUSES,
  SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
  CURRENT_SCHEMA_VERSION,
  SUBJECT_TYPES,
  TARGET_AREAS,
  UNITS,
} from './contract-values';

export {
  COMPARISONS,
  CURRENT_SCHEMA_VERSION,
  NTM_LEVELS,
  PRODUCT_GROUPS,
  PRODUCT_STATUSES,
  SCHEMA_VERSION,
  SUPPORTED_SCHEMA_VERSIONS,
  SUBJECT_TYPES,
  TARGET_AREAS,
  UNITS,
};

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

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' })
  .refine(isCalendarDate, { message: 'date' })
  .describe('A calendar date, YYYY-MM-DD');
const isoDateTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}T[^Z+-]*(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'datetime' })
  .describe('A date and time, ISO 8601 with a zone, e.g. 2025-04-30T08:00:00+07:00');
const nonEmpty = z.string().trim().min(1, { message: 'empty' });
/** An integer in [min, max]; the message carries both bounds so a problem can say "phải từ 1 đến 5". */
const intRange = (min: number, max: number) =>
  z
    .number()
    .int()
    .min(min, { message: `range:${min}:${max}` })
    .max(max, { message: `range:${min}:${max}` });
const year = intRange(1990, 2100).describe('A calendar year');
const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\//i.test(s), { message: 'url' })
  .describe('An http(s) address');

/** A text in Vietnamese, optionally with its English version. */
export const localisedTextSchema = z.looseObject({
  vi: nonEmpty,
  en: nonEmpty.optional(),
});

export const sourceSchema = z.looseObject({
  name: nonEmpty,
  url: httpUrl.optional(),
  date: isoDate.optional(),
  note: z.string().optional(),
});

const position = z.array(z.number()).min(2);
const ring = z.array(position).min(4);
export const geometrySchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.looseObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const metaSchema = z.looseObject({
  schemaVersion: z.union([z.literal(1), z.literal(1.1)]).describe('1 or 1.1; 1.1 adds targets[].regionIds'),
  title: nonEmpty,
  province: z.looseObject({ code: nonEmpty, name: nonEmpty }),
  asOf: isoDate.describe('The date the figures describe'),
  generatedAt: isoDateTime,
  publisher: sourceSchema,
  sources: z.array(sourceSchema).default([]),
  sample: z.boolean().describe('True when the figures are illustrative sample data, not official records'),
  geography: z.looseObject({
    label: nonEmpty.describe('Which boundaries the regions follow, e.g. "Địa giới hành chính trước 01/07/2025"'),
    regionLevel: localisedTextSchema.describe('The name of the filter level, e.g. "Huyện/Thành phố"'),
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
  }),
});

export const regionSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  type: z.string().optional(),
  geometry: geometrySchema.optional(),
});

export const communeSchema = z.looseObject({
  code: nonEmpty.describe('Official (GSO) code; names repeat, codes do not'),
  name: nonEmpty,
  type: z.string().optional(),
  regionId: nonEmpty,
});

export const subjectSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  type: z.enum(SUBJECT_TYPES),
  regionId: nonEmpty,
  communeCode: nonEmpty.optional(),
  modernChannels: z.boolean().describe('Sells through supermarkets, chains, e-commerce or OCOP showrooms'),
});

export const productSchema = z
  .looseObject({
    id: nonEmpty,
    name: nonEmpty,
    group: z.enum(PRODUCT_GROUPS),
    subjectId: nonEmpty,
    communeCode: nonEmpty,
    stars: intRange(1, 5).describe('1–2: rated, not recognised; 3–5: OCOP product'),
    ratingYear: year.describe('Year of the latest rating'),
    firstRecognisedYear: year.optional().describe('Year the product was first recognised 3★ or more'),
    previousStars: intRange(1, 5).optional().describe('Stars before the latest rating'),
    decisionDate: isoDate.optional(),
    expiryDate: isoDate.optional(),
    status: z.enum(PRODUCT_STATUSES),
  })
  .refine((p) => p.firstRecognisedYear === undefined || p.firstRecognisedYear <= p.ratingYear, {
    message: 'firstRecognisedYear',
    path: ['firstRecognisedYear'],
  });

export const ntmHistoryEntrySchema = z.looseObject({
  year,
  level: z.enum(NTM_LEVELS),
  criteriaMet: z.number().int().min(0).optional(),
});

export const ntmCommuneSchema = z
  .looseObject({
    communeCode: nonEmpty,
    level: z.enum(NTM_LEVELS),
    yearRecognised: year.optional().describe('Year the current level was recognised'),
    criteriaSet: nonEmpty.describe('The criteria set assessed against, e.g. "2021-2025"'),
    criteriaMet: z.number().int().min(0),
    criteriaTotal: z.number().int().min(1),
    criteria: z.array(z.looseObject({ id: z.union([z.number().int(), nonEmpty]), met: z.boolean() })).optional(),
    history: z.array(ntmHistoryEntrySchema).optional(),
  })
  .refine((c) => c.criteriaMet <= c.criteriaTotal, { message: 'criteriaMet', path: ['criteriaMet'] });

export const criteriaSetSchema = z.looseObject({
  id: nonEmpty,
  label: localisedTextSchema,
  criteria: z.array(z.looseObject({ id: z.union([z.number().int(), nonEmpty]), name: localisedTextSchema })).optional(),
});

export const craftVillageSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  communeCode: nonEmpty,
  craft: nonEmpty,
  recognised: z.boolean(),
  recognisedYear: year.optional(),
  traditional: z.boolean(),
  subjectIds: z.array(nonEmpty).default([]).describe('OCOP subjects based in the village'),
});

export const targetSchema = z
  .looseObject({
    id: nonEmpty,
    label: localisedTextSchema,
    area: z.enum(TARGET_AREAS),
    metric: nonEmpty.describe('Id of a metric in the registry (docs/data-contract.md), or "reported"'),
    comparison: z.enum(COMPARISONS),
    value: z.number().finite(),
    valueMax: z.number().finite().optional().describe('Upper bound, for "between"'),
    unit: z.enum(UNITS),
    deadline: isoDate,
    baseline: z.looseObject({ value: z.number().finite(), date: isoDate }).optional(),
    source: sourceSchema,
    reported: z
      .looseObject({ value: z.number().finite(), asOf: isoDate, source: sourceSchema.optional() })
      .optional()
      .describe('An actual value reported by the publisher, for a metric the records cannot compute'),
    regionIds: z
      .array(nonEmpty)
      .min(1)
      .optional()
      .describe('Since 1.1: the regions whose own plan this target is (a district target); absent = the province'),
  })
  .refine((t) => t.comparison !== 'between' || (t.valueMax !== undefined && t.valueMax >= t.value), {
    message: 'valueMax',
    path: ['valueMax'],
  });

export const documentSchema = z.looseObject({
  meta: metaSchema,
  regions: z.array(regionSchema).min(1),
  communes: z.array(communeSchema),
  ocop: z.looseObject({
    subjects: z.array(subjectSchema),
    products: z.array(productSchema),
  }),
  ntm: z.looseObject({
    criteriaSets: z.array(criteriaSetSchema).default([]),
    communes: z.array(ntmCommuneSchema),
  }),
  craftVillages: z.array(craftVillageSchema),
  targets: z.array(targetSchema),
});

export type DashboardDocument = z.infer<typeof documentSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Commune = z.infer<typeof communeSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type Product = z.infer<typeof productSchema>;
export type NtmCommune = z.infer<typeof ntmCommuneSchema>;
export type CraftVillage = z.infer<typeof craftVillageSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
export type LocalisedText = z.infer<typeof localisedTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ProductGroup = (typeof PRODUCT_GROUPS)[number];
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type ProductStatus = (typeof PRODUCT_STATUSES)[number];
export type NtmLevel = (typeof NTM_LEVELS)[number];
export type TargetArea = (typeof TARGET_AREAS)[number];
export type Comparison = (typeof COMPARISONS)[number];
export type Unit = (typeof UNITS)[number];
