import { describe, expect, it } from 'vitest';
import { documentSchema } from '../src/contract/document';
import { validateDocument, formatPath } from '../src/data/document-problems';
import { buildSmallDocument } from './fixtures/small-document';
import {
  brokenReferenceDocument,
  documentWithExtraFields,
  invalidDocument,
  partialDocument,
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
    ['invalid document', invalidDocument(), ['communes', 'meta.asOf']],
    ['wrong version', wrongVersionDocument(), ['meta.schemaVersion']],
  ])('%s fails at exactly the paths it breaks', (_name, doc, paths) => {
    const result = validateDocument(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => formatPath(p.path)).sort()).toEqual([...paths].sort());
  });

  it.each([
    ['broken reference', brokenReferenceDocument(), ['ntm.communes[2].criteriaSet', 'ocop.products[0].subjectId'], 2],
    [
      'partial document',
      partialDocument(),
      [
        'communes[2].regionId',
        'craftVillages[1].communeCode',
        'ntm.communes[2].communeCode',
        'ocop.products[1].stars',
        'ocop.products[2].group',
        'ocop.products[4].subjectId',
        'ocop.products[4].communeCode',
        'ocop.products[5].subjectId',
        'ocop.products[5].communeCode',
        'ocop.products[6].subjectId',
        'ocop.products[6].communeCode',
        'ocop.subjects[2].communeCode',
        'targets[3].id',
        'targets[4].id',
      ],
      11,
    ],
  ] as const)('%s leaves out exactly the records it breaks and those that depend on them', (_name, doc, paths, excluded) => {
    const result = validateDocument(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.map((p) => formatPath(p.path)).sort()).toEqual([...paths].sort());
    expect(result.exclusions.total).toBe(excluded);
  });
});
