import { describe, expect, it } from 'vitest';
import { partialDocument } from '../../mocks/fixtures/broken-documents';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { formatPath, validateDocument } from './document-problems';

const clone = <T>(v: T): any => JSON.parse(JSON.stringify(v));
const paths = (r: ReturnType<typeof validateDocument>) => r.problems.map((p) => formatPath(p.path));

describe('validateDocument: bad records are left out with what depends on them', () => {
  it('keeps the rest of a partial document, and says where each left-out record would have counted', () => {
    const r = validateDocument(partialDocument());
    if (!r.ok) throw new Error('expected a usable document');
    expect(r.document.communes.map((c) => c.code)).toEqual(['a1', 'a2']);
    expect(r.document.ocop.subjects.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(r.document.ocop.products.map((p) => p.id)).toEqual(['P1', 'P4']);
    expect(r.document.ntm.communes.map((n) => n.communeCode)).toEqual(['a1', 'a2']);
    expect(r.document.craftVillages.map((v) => v.id)).toEqual(['V1', 'V3']);
    expect(r.document.targets.map((t) => t.id)).toEqual(['rated', 'five', 'advanced']);
    // Commune b1 names region "Z", which does not exist: where it and its records belong cannot be told.
    expect(r.exclusions.blocks).toEqual({
      communes: { count: 1, byPlace: {}, unplaced: 1 },
      'ocop.subjects': { count: 1, byPlace: { B: 1 }, unplaced: 0 },
      'ocop.products': { count: 5, byPlace: { A: 2 }, unplaced: 3 },
      'ntm.communes': { count: 1, byPlace: {}, unplaced: 1 },
      craftVillages: { count: 1, byPlace: {}, unplaced: 1 },
      targets: { count: 2, byPlace: { 'craft-villages': 2 }, unplaced: 0 },
    });
    expect(r.exclusions.total).toBe(11);
  });

  it('names the left-out record a dependent refers to', () => {
    const r = validateDocument(partialDocument());
    const dependent = r.problems.find((p) => formatPath(p.path) === 'ocop.subjects[2].communeCode');
    expect(dependent).toMatchObject({ code: 'excluded-reference', params: { record: 'communes[2]' } });
  });

  it('leaves out every holder of a duplicated id, each pointing at another', () => {
    const doc = clone(buildSmallDocument());
    doc.ocop.products[6].id = 'P1';
    const r = validateDocument(doc);
    if (!r.ok) throw new Error('expected a usable document');
    expect(r.document.ocop.products.map((p) => p.id)).toEqual(['P2', 'P3', 'P4', 'P5', 'P6']);
    expect(r.problems.map((p) => [formatPath(p.path), p.params.with])).toEqual([
      ['ocop.products[0].id', 'ocop.products[6]'],
      ['ocop.products[6].id', 'ocop.products[0]'],
    ]);
  });

  it('refuses the whole document when no region is left', () => {
    const doc = clone(buildSmallDocument());
    for (const region of doc.regions) region.name = '';
    const r = validateDocument(doc);
    expect(r.ok).toBe(false);
    expect(paths(r)).toContain('regions[0].name');
  });

  it.each([
    ['not an object', [1, 2], ['(gốc)']],
    ['a block not an array', { ...buildSmallDocument(), targets: 'none' }, ['targets']],
    [
      'a block missing',
      (() => {
        const d = clone(buildSmallDocument());
        delete d.ocop.products;
        return d;
      })(),
      ['ocop.products'],
    ],
    ['ocop not an object', { ...buildSmallDocument(), ocop: [] }, ['ocop']],
    ['no regions', { ...buildSmallDocument(), regions: [] }, ['regions']],
  ])('refuses a broken structure whole: %s', (_name, doc, expected) => {
    const r = validateDocument(clone(doc));
    expect(r.ok).toBe(false);
    expect(paths(r)).toEqual(expected);
  });

  it('counts 200,000 problems without overflowing the stack, keeping the first 1,000', () => {
    const doc = clone(buildSmallDocument());
    // Four problems each: stars, group, status and decision date.
    const bad = { ...doc.ocop.products[0], stars: 9, group: 'x', status: 'y', decisionDate: '2025-02-30' };
    doc.ocop.products = Array.from({ length: 50_000 }, (_, i) => ({ ...bad, id: `X${i}` }));
    const r = validateDocument(doc);
    if (!r.ok) throw new Error('expected a usable document');
    expect(r.total).toBe(200_000);
    expect(r.problems).toHaveLength(1000);
    expect(r.exclusions.blocks['ocop.products']?.count).toBe(50_000);
  }, 60_000);

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-12-31', true],
  ])('tells real calendar dates: %s → %s', (date, ok) => {
    const doc = clone(buildSmallDocument());
    doc.ocop.products[0].decisionDate = date;
    const r = validateDocument(doc);
    expect(r.ok && r.exclusions.total === 0).toBe(ok);
  });

  it('leaves out a record too deeply nested to check, without failing the document', () => {
    const doc = clone(buildSmallDocument());
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    doc.regions[2].geometry = { type: 'Polygon', coordinates: deep };
    const r = validateDocument(doc);
    expect(r.ok).toBe(true);
    expect(paths(r)[0]).toMatch(/^regions\[2\]/);
  });
});

describe('validateDocument: warnings for rules the contract does not enforce yet', () => {
  it('reports each, at the path as published, and still counts the records', () => {
    const doc = clone(buildSmallDocument());
    doc.ocop.products[0].stars = 2; // new with 2★
    doc.ocop.products[2].stars = 4; // not-recognised with 4★, but left out with its commune
    doc.ocop.products[6].status = 'not-recognised'; // 4★
    delete doc.ocop.products[1].previousStars; // upgraded without previousStars
    delete doc.ocop.products[5].expiryDate; // lapsed without expiryDate
    doc.targets[0].value = 120; // percent above 100
    doc.targets.push({ ...doc.targets[0], id: 'rep', metric: 'reported', value: 50 });
    doc.communes[1].name = ''; // a bad commune takes P3 and P4 with it: warning paths must still be the published ones
    const r = validateDocument(doc);
    if (!r.ok) throw new Error('expected a usable document');
    expect(r.warnings.map((w) => [formatPath(w.path), w.code])).toEqual([
      ['ocop.products[0].status', 'status-stars'],
      ['ocop.products[1].previousStars', 'upgraded-no-previous'],
      ['ocop.products[5].expiryDate', 'lapsed-no-expiry'],
      ['ocop.products[6].status', 'status-stars'],
      ['targets[0].value', 'percent-range'],
      ['targets[4].reported', 'reported-missing'],
    ]);
  });
});
