// The targets block: the province's and districts' goals, each on a metric with a deadline.
import { z } from 'zod/mini';
import { describe, isoDate, localisedTextSchema, nonEmpty, sourceSchema } from './fields';
import { COMPARISONS, TARGET_AREAS, UNITS } from './values';

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

export type Target = z.infer<typeof targetSchema>;
