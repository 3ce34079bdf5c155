// Where the records are: the regions (the filter level, with their outlines) and the communes in them.
import { z } from 'zod/mini';
import { describe, nonEmpty } from './fields';

const position = z.array(z.number()).check(z.minLength(2));
const ring = z.array(position).check(z.minLength(4));
export const geometrySchema = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.looseObject({
    type: z.literal('MultiPolygon'),
    coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)),
  }),
]);

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

export type Geometry = z.infer<typeof geometrySchema>;
export type Region = z.infer<typeof regionSchema>;
export type Commune = z.infer<typeof communeSchema>;
