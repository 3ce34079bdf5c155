import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { computeMetric } from '../metrics';
import { capCraftRegions, craftRegionRows, type CraftRegionRow } from './by-region';

/** The same collation as formatters('vi').compare (domain tests do not import i18n). */
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// The small document's villages are listed in ./totals.test.ts.

describe('craftRegionRows', () => {
  it('gives every region, zeros included, sorted by recognised villages then name (2025)', () => {
    expect(craftRegionRows(index, 2025, compare)).toEqual([
      { regionId: 'A', name: 'Huyện An', recognised: 1, traditional: 1, withProduct: 1 },
      { regionId: 'B', name: 'Huyện Bình', recognised: 1, traditional: 0, withProduct: 0 },
      { regionId: 'C', name: 'Huyện Cát', recognised: 0, traditional: 0, withProduct: 0 },
    ]);
  });

  it.each([2020, 2022, 2025])('adds up to the province metrics in %i', (year) => {
    const rows = craftRegionRows(index, year, compare);
    const province = computeMetric(index, 'craft.villages-with-3plus-product', { regionIds: null, year });
    expect(rows.reduce((n, r) => n + r.withProduct, 0)).toBe(province?.kind === 'value' ? province.value : NaN);
  });
});

describe('capCraftRegions', () => {
  const row = (id: string, recognised: number): CraftRegionRow => ({ regionId: id, name: id, recognised, traditional: 1, withProduct: 0 });
  const rows = [row('r1', 9), row('r2', 7), row('r3', 5), row('r4', 3), row('r5', 1)];

  it('keeps everything when at most one row would be left out', () => {
    expect(capCraftRegions(rows, [], 4)).toEqual({ shown: rows });
  });

  it('keeps the first rows and the selected ones, and sums the rest', () => {
    const capped = capCraftRegions(rows, ['r4'], 2);
    expect(capped.shown.map((r) => r.regionId)).toEqual(['r1', 'r2', 'r4']);
    // r3 (5) + r5 (1) = 6 recognised, 2 traditional, in 2 regions
    expect(capped.others).toEqual({ regionId: '', name: '', recognised: 6, traditional: 2, withProduct: 0, regions: 2 });
  });
});
