import { describe, expect, it } from 'vitest';
import { validateDocument } from '../src/data/document-problems';
import { buildNationalDocument } from './fixtures/national-document';

describe('the national-scale fixture', () => {
  it('passes the contract at full size', () => {
    const doc = buildNationalDocument();
    expect(doc.regions).toHaveLength(700);
    expect(doc.communes).toHaveLength(10_500);
    expect(doc.ocop.products).toHaveLength(18_000);
    const result = validateDocument(JSON.parse(JSON.stringify(doc)));
    expect(result.ok ? 'valid' : result.problems.slice(0, 3)).toBe('valid');
  });
});
