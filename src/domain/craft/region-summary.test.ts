import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { craftRegionRows } from './by-region';
import { indexDocument } from '../document-index';
import { summariseCraftRegions } from './region-summary';

const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// The small document (see craft-series.test.ts): V1 in region A recognised with 3★ products from 2022; V2 in region B
// recognised, no product; V3 in A not recognised; region C has no village.
describe('summariseCraftRegions (hand-checked)', () => {
  it('in 2025: A and B lead with one village each, A alone has one with a 3★+ product, C has none', () => {
    const s = summariseCraftRegions(craftRegionRows(index, 2025, compare));
    expect(s.top?.recognised).toBe(1);
    expect([s.withProduct, s.empty, s.regions]).toEqual([1, 1, 3]);
  });

  it('in 2021 no village has such a product yet', () => {
    expect(summariseCraftRegions(craftRegionRows(index, 2021, compare)).withProduct).toBe(0);
  });

  it('has no leader when no region has a recognised village', () => {
    const rows = [{ regionId: 'X', name: 'X', recognised: 0, traditional: 0, withProduct: 0 }];
    expect(summariseCraftRegions(rows)).toEqual({ top: undefined, withProduct: 0, empty: 1, regions: 1 });
  });
});
