// The NTM block: each commune's new-rural-area level, its criteria and its history, and the criteria sets.
import { z } from 'zod/mini';
import { describe, integer, localisedTextSchema, nonEmpty, year } from './fields';
import { NTM_LEVELS } from './values';

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

export type NtmCommune = z.infer<typeof ntmCommuneSchema>;
