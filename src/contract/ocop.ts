// The OCOP block: the subjects (producers) and their rated products.
import { z } from 'zod/mini';
import { describe, intRange, isoDate, nonEmpty, year } from './fields';
import { PRODUCT_GROUPS, PRODUCT_STATUSES, SUBJECT_TYPES } from './values';

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

export type Subject = z.infer<typeof subjectSchema>;
export type Product = z.infer<typeof productSchema>;
