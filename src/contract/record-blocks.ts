// The lists of records a document holds, and where each is in it ("ocop.products" → doc.ocop.products).

export const RECORD_BLOCKS = [
  'regions',
  'communes',
  'ocop.subjects',
  'ocop.products',
  'ntm.criteriaSets',
  'ntm.communes',
  'craftVillages',
  'targets',
] as const;
export type RecordBlock = (typeof RECORD_BLOCKS)[number];

export const blockPath = (block: RecordBlock): string[] => block.split('.');

/** The records of one block of a document (or of a document being assembled). */
export function recordsOf(doc: Record<string, unknown>, block: RecordBlock): unknown[] {
  const [a, b] = blockPath(block) as [string, string | undefined];
  return (b ? (doc[a] as Record<string, unknown>)[b] : doc[a]) as unknown[];
}
