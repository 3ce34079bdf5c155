import { describe, expect, it } from 'vitest';
import { partialDocument } from '../../mocks/fixtures/broken-documents';
import { validateDocument } from '../data/document-problems';
import { indexDocument } from './document-index';
import { excludedIn, figureMarks, METRIC_INPUTS, SECTION_INPUTS } from './excluded-figures';
import { METRICS } from './metrics';
import { buildOverview } from './overview';

const result = validateDocument(partialDocument());
if (!result.ok) throw new Error('partial document must be usable');
const { exclusions } = result;
const index = indexDocument(result.document);
const marks = (regionIds: string[]) => figureMarks(exclusions, buildOverview(index, { regionIds, year: 2025 }), regionIds);

describe('which figures the left-out records touch', () => {
  it('knows the inputs of every metric in the registry', () => {
    for (const id of METRICS.keys()) expect(METRIC_INPUTS[id], id).toBeDefined();
  });

  // Left out (hand-checked): products P2, P3 (region A) and P5–P7, b1's NTM record, craft village V2 and
  // commune b1 itself (b1 names a region "Z" that does not exist: they could belong anywhere), subject S3 (B),
  // and both craft targets (duplicate id).
  it('marks each target by the records of its metric in the scope it is judged on', () => {
    const whole = marks([]);
    expect(Object.fromEntries(whole.byTarget)).toEqual({ rated: 5, five: 5, advanced: 1 });
    expect(Object.fromEntries(whole.byArea)).toEqual({ ocop: 5, ntm: 1 });
    expect(whole.total).toBe(5 + 1 + 2);

    // Region B: the percent target follows the selection (P5–P7 could be in B, P2 and P3 are not); the
    // count targets are judged on the province, so they keep their marks.
    const b = marks(['B']);
    expect(Object.fromEntries(b.byTarget)).toEqual({ rated: 3, five: 5, advanced: 1 });
    expect(marks(['A']).byTarget.get('rated')).toBe(5);
  });

  it('marks sections by the blocks they draw from', () => {
    const n = (id: string, regions: string[] = []) => excludedIn(exclusions, SECTION_INPUTS[id]!, regions);
    expect([n('map'), n('ocop'), n('ntm'), n('craft')]).toEqual([8, 6, 1, 7]);
    expect([n('ocop', ['B']), n('ntm', ['A'])]).toEqual([3 + 1, 1]);
    // A village counts its subjects' products wherever they are: every left-out product and subject touches it.
    expect(n('craft', ['C'])).toBe(1 + 5 + 1);
  });

  it('counts a record whose region cannot be told in every scope', () => {
    const e = { total: 1, blocks: { 'ocop.products': { count: 1, byPlace: {}, unplaced: 1 } } };
    expect(excludedIn(e, ['ocop.products'], ['A'])).toBe(1);
    expect(excludedIn(e, ['ntm.communes'], ['A'])).toBe(0);
  });
});
