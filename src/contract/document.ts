// The data contract, version 1.1: the whole document, from which the TypeScript types and the published JSON
// Schema are derived. Each block is in its own module; the allowed values are in values.ts.
import { z } from 'zod/mini';
import { craftVillageSchema } from './craft';
import { metaSchema } from './meta';
import { criteriaSetSchema, ntmCommuneSchema } from './ntm';
import { subjectSchema, productSchema } from './ocop';
import { communeSchema, regionSchema } from './places';
import { targetSchema } from './targets';

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
