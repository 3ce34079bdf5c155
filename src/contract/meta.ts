// The document's meta block: what the figures are, when they date from, who publishes them, which boundaries.
import { z } from 'zod/mini';
import { describe, isoDate, isoDateTime, localisedTextSchema, nonEmpty, sourceSchema } from './fields';

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

export type Meta = z.infer<typeof metaSchema>;
