// The data contract, version 1.1: one zod schema from which the TypeScript types and the published JSON Schema are derived.
import { z } from 'zod/mini';
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
} from './values';

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

/**
 * A copy of `schema` carrying `description` in the global registry (what the JSON Schema and the docs read),
 * the original left as it is: a shared piece such as `nonEmpty` is described where it is used.
 */
function describe<T extends z.ZodMiniType>(schema: T, description: string): T {
  const described = schema.clone();
  z.globalRegistry.add(described, { description });
  return described;
}

const isoDate = describe(
  z
    .string()
    .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' }))
    .check(z.refine(isCalendarDate, { message: 'date' })),
  'A calendar date, YYYY-MM-DD',
);
const isoDateTime = describe(
  z.string().check(
    z.refine((s: string) => /^\d{4}-\d{2}-\d{2}T[^Z+-]*(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)), {
      message: 'datetime',
    }),
  ),
  'A date and time, ISO 8601 with a zone, e.g. 2025-04-30T08:00:00+07:00',
);
const nonEmpty = z
  .string()
  .check(z.trim())
  .check(z.minLength(1, { message: 'empty' }));
/** An integer in [min, max]; the message carries both bounds so a problem can say "phải từ 1 đến 5". */
const intRange = (min: number, max: number) =>
  z
    .number()
    .check(z.int())
    .check(z.gte(min, { message: `range:${min}:${max}` }))
    .check(z.lte(max, { message: `range:${min}:${max}` }));
const integer = () => z.number().check(z.int());
const year = describe(intRange(1990, 2100), 'A calendar year');
const httpUrl = describe(z.string().check(z.refine((s: string) => /^https?:\/\//i.test(s), { message: 'url' })), 'An http(s) address');

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

const position = z.array(z.number()).check(z.minLength(2));
const ring = z.array(position).check(z.minLength(4));
export const geometrySchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.looseObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

export const metaSchema = z.looseObject({
  schemaVersion: describe(z.union([z.literal(1), z.literal(1.1)]), '1 or 1.1; 1.1 adds targets[].regionIds'),
  title: nonEmpty,
  province: z.looseObject({ code: nonEmpty, name: nonEmpty }),
  asOf: describe(isoDate, 'The date the figures describe'),
  generatedAt: isoDateTime,
  publisher: sourceSchema,
  sources: z._default(z.array(sourceSchema), []),
  sample: describe(z.boolean(), 'True when the figures are illustrative sample data, not official records'),
  geography: z.looseObject({
    label: describe(nonEmpty, 'Which boundaries the regions follow, e.g. "Địa giới hành chính trước 01/07/2025"'),
    regionLevel: describe(localisedTextSchema, 'The name of the filter level, e.g. "Huyện/Thành phố"'),
    validFrom: z.optional(isoDate),
    validUntil: z.optional(isoDate),
  }),
  en: describe(
    z.optional(
      z.looseObject({
        title: z.optional(nonEmpty),
        publisher: z.optional(nonEmpty),
        geographyLabel: z.optional(nonEmpty),
      }),
    ),
    'Since 1.1: the title, the publisher and the geography label in English, for the English view',
  ),
});

export const regionSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  type: z.optional(z.string()),
  geometry: z.optional(geometrySchema),
});

export const communeSchema = z.looseObject({
  code: describe(nonEmpty, 'Official (GSO) code; names repeat, codes do not'),
  name: nonEmpty,
  type: z.optional(z.string()),
  regionId: nonEmpty,
});

export const subjectSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  type: z.enum(SUBJECT_TYPES),
  regionId: nonEmpty,
  communeCode: z.optional(nonEmpty),
  modernChannels: describe(z.boolean(), 'Sells through supermarkets, chains, e-commerce or OCOP showrooms'),
});

export const productSchema = z
  .looseObject({
    id: nonEmpty,
    name: nonEmpty,
    group: z.enum(PRODUCT_GROUPS),
    subjectId: nonEmpty,
    communeCode: nonEmpty,
    stars: describe(intRange(1, 5), '1–2: rated, not recognised; 3–5: OCOP product'),
    ratingYear: describe(year, 'Year of the latest rating'),
    firstRecognisedYear: describe(z.optional(year), 'Year the product was first recognised 3★ or more'),
    previousStars: describe(z.optional(intRange(1, 5)), 'Stars before the latest rating'),
    decisionDate: z.optional(isoDate),
    expiryDate: z.optional(isoDate),
    status: z.enum(PRODUCT_STATUSES),
  })
  .check(
    z.refine((p) => p.firstRecognisedYear === undefined || p.firstRecognisedYear <= p.ratingYear, {
      message: 'firstRecognisedYear',
      path: ['firstRecognisedYear'],
    }),
  );

export const ntmHistoryEntrySchema = z.looseObject({
  year,
  level: z.enum(NTM_LEVELS),
  criteriaMet: z.optional(integer().check(z.gte(0))),
});

export const ntmCommuneSchema = z
  .looseObject({
    communeCode: nonEmpty,
    level: z.enum(NTM_LEVELS),
    yearRecognised: describe(z.optional(year), 'Year the current level was recognised'),
    criteriaSet: describe(nonEmpty, 'The criteria set assessed against, e.g. "2021-2025"'),
    criteriaMet: integer().check(z.gte(0)),
    criteriaTotal: integer().check(z.gte(1)),
    criteria: z.optional(z.array(z.looseObject({ id: z.union([integer(), nonEmpty]), met: z.boolean() }))),
    history: z.optional(z.array(ntmHistoryEntrySchema)),
  })
  .check(z.refine((c) => c.criteriaMet <= c.criteriaTotal, { message: 'criteriaMet', path: ['criteriaMet'] }));

export const criteriaSetSchema = z.looseObject({
  id: nonEmpty,
  label: localisedTextSchema,
  criteria: z.optional(z.array(z.looseObject({ id: z.union([integer(), nonEmpty]), name: localisedTextSchema }))),
});

export const craftVillageSchema = z.looseObject({
  id: nonEmpty,
  name: nonEmpty,
  communeCode: nonEmpty,
  craft: nonEmpty,
  recognised: z.boolean(),
  recognisedYear: z.optional(year),
  traditional: z.boolean(),
  subjectIds: describe(z._default(z.array(nonEmpty), []), 'OCOP subjects based in the village'),
});

export const targetSchema = z
  .looseObject({
    id: nonEmpty,
    label: localisedTextSchema,
    area: z.enum(TARGET_AREAS),
    metric: describe(nonEmpty, 'Id of a metric in the registry (docs/data-contract.md), or "reported"'),
    comparison: z.enum(COMPARISONS),
    value: z.number(),
    valueMax: describe(z.optional(z.number()), 'Upper bound, for "between"'),
    unit: z.enum(UNITS),
    deadline: isoDate,
    baseline: z.optional(z.looseObject({ value: z.number(), date: isoDate })),
    source: sourceSchema,
    reported: describe(
      z.optional(z.looseObject({ value: z.number(), asOf: isoDate, source: z.optional(sourceSchema) })),
      'An actual value reported by the publisher, for a metric the records cannot compute',
    ),
    regionIds: describe(
      z.optional(z.array(nonEmpty).check(z.minLength(1))),
      'Since 1.1: the regions whose own plan this target is (a district target); absent = the province',
    ),
  })
  .check(
    z.refine((t) => t.comparison !== 'between' || (t.valueMax !== undefined && t.valueMax >= t.value), {
      message: 'valueMax',
      path: ['valueMax'],
    }),
  );

export const documentSchema = z.looseObject({
  meta: metaSchema,
  regions: z.array(regionSchema).check(z.minLength(1)),
  communes: z.array(communeSchema),
  ocop: z.looseObject({
    subjects: z.array(subjectSchema),
    products: z.array(productSchema),
  }),
  ntm: z.looseObject({
    criteriaSets: z._default(z.array(criteriaSetSchema), []),
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
