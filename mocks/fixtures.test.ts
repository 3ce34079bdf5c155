import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/data/schema';
import { validateDocument, formatPath } from '../src/data/document-problems';
import { buildSmallDocument } from './fixtures/small-document';
import {
  brokenReferenceDocument,
  documentWithExtraFields,
  invalidDocument,
  markupInStringsDocument,
  wrongVersionDocument,
} from './fixtures/broken-documents';

describe('fixtures stay true to the contract', () => {
  it.each([
    ['small document', buildSmallDocument()],
    ['document with extra fields', documentWithExtraFields()],
    ['document with markup in strings', markupInStringsDocument()],
  ])('%s passes the schema and the reference checks', (_name, doc) => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(validateDocument(doc).ok).toBe(true);
  });

  it.each([
    ['invalid document', invalidDocument(), ['ocop.products[1].stars', 'ocop.products[2].group', 'meta.asOf']],
    ['broken reference', brokenReferenceDocument(), ['ntm.communes[2].criteriaSet', 'ocop.products[0].subjectId']],
    ['wrong version', wrongVersionDocument(), ['meta.schemaVersion']],
  ])('%s fails at exactly the paths it breaks', (_name, doc, paths) => {
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => formatPath(p.path)).sort()).toEqual([...paths].sort());
  });
});
