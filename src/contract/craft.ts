// The craft-village block: recognised villages, their craft, and the OCOP subjects based in them.
import { z } from 'zod/mini';
import { describe, nonEmpty, year } from './fields';

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

export type CraftVillage = z.infer<typeof craftVillageSchema>;
