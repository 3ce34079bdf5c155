import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import type { CraftVillage } from '../contract/craft';
import type { Target } from '../contract/targets';
import { villagesByCraft } from './craft/by-craft';
import { capCraftRegions, craftRegionRows, type CraftRegionRow } from './craft/by-region';
import { withProductByYear } from './craft/by-year';
import { craftGoal, craftTotals } from './craft/totals';
import { villagesWithProducts } from './craft/with-products';
import { indexDocument } from './document-index';
import { computeMetric } from './metrics';

/** The same collation as formatters('vi').compare (domain tests do not import i18n). */
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// The small document's villages:
// V1 "nước mắm An" in a1 (region A): recognised, traditional, subject S1 (P1 3★ from 2023; P2 3★ from 2022, 4★ from 2025).
// V2 "chiếu cói Bình" in b1 (region B): recognised, not traditional, no subjects.
// V3 "rượu Lễ" in a2 (region A): not recognised (its subject S2 has P4 3★ in 2025, but V3 does not count).
// Region C has no communes, so no villages.

describe('craftTotals (hand-checked)', () => {
  it.each([
    // regions, year, recognised, traditional, with a 3★+ product
    [null, 2025, 2, 1, 1], // V1 + V2 recognised; V1 traditional; V1 has P1 and P2
    [null, 2022, 2, 1, 1], // P2 counts with its previous 3★ in 2022
    [null, 2021, 2, 1, 0], // no product recognised before 2022
    [['A'], 2025, 1, 1, 1], // V3 is not recognised
    [['B'], 2025, 1, 0, 0], // V2 has no subject
    [['C'], 2025, 0, 0, 0], // no communes: zeros, not missing
  ] as const)('%j in %i: %i recognised, %i traditional, %i with a 3★+ product', (regions, year, recognised, traditional, withProduct) => {
    expect(craftTotals(index, regions, year)).toEqual({ recognised, traditional, withProduct });
  });
});

describe('craftGoal', () => {
  const goal = (id: string, deadline: string): Target => ({
    id,
    label: { vi: id },
    area: 'craft-villages',
    metric: 'craft.villages-with-3plus-product',
    comparison: 'between',
    value: 1,
    valueMax: 2,
    unit: 'count',
    deadline,
    source: { name: 'test' },
  });
  const two = indexDocument(buildSmallDocument({ targets: [goal('late', '2025-12-31'), goal('early', '2024-12-31')] }));

  it.each([
    [2023, 'early'], // the earliest deadline not yet past
    [2024, 'early'],
    [2025, 'late'],
    [2026, 'late'], // all past: the latest
  ])('for %i picks the %s target', (year, id) => {
    expect(craftGoal(two, year)?.id).toBe(id);
  });

  it('finds the small document’s 1–2 target and nothing when there is none', () => {
    expect(craftGoal(index, 2025)).toMatchObject({ id: 'villages', value: 1, valueMax: 2 });
    expect(craftGoal(indexDocument(buildSmallDocument({ targets: [] })), 2025)).toBeUndefined();
  });
});

describe('withProductByYear', () => {
  it('shows the year itself when it comes before the first product year', () => {
    expect(withProductByYear(index, null, 2021)).toEqual([{ year: 2021, withProduct: 0 }]);
  });

  it.each([
    // The first OCOP product year is 2022 (P2, P6 and P7 first recognised 2022), so the chart runs 2022..year
    [null, 2025, [1, 1, 1, 1]], // V1 from 2022 (P2 first recognised 2022)
    [['B'], 2025, [0, 0, 0, 0]],
  ] as const)('%j up to %i', (regions, year, expected) => {
    const rows = withProductByYear(index, regions, year);
    expect(rows.map((r) => r.withProduct)).toEqual(expected);
    expect(rows[0]?.year).toBe(2022);
    expect(rows[rows.length - 1]?.year).toBe(year);
  });
});

describe('villagesWithProducts', () => {
  it.each([
    // year, products of V1 (most stars first, then name)
    [
      2025,
      [
        ['Gạo nếp An', 4],
        ['Nước mắm An', 3],
      ],
    ], // P2 upgraded to 4★ in 2025
    [
      2024,
      [
        ['Gạo nếp An', 3],
        ['Nước mắm An', 3],
      ],
    ], // P2 still at its previous 3★
    [2022, [['Gạo nếp An', 3]]], // P1 only recognised in 2023
  ] as const)('in %i lists V1 with %j', (year, products) => {
    const rows = villagesWithProducts(index, null, year, compare);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'V1',
      name: 'Làng nghề nước mắm An',
      craft: 'chế biến thực phẩm',
      communeName: 'Xã Vũ Lễ',
      regionName: 'Huyện An',
    });
    expect(rows[0]!.products.map((p) => [p.name, p.stars])).toEqual(products);
  });

  it('is empty in a year with no valid product and in regions without such villages', () => {
    expect(villagesWithProducts(index, null, 2021, compare)).toEqual([]);
    expect(villagesWithProducts(index, ['B', 'C'], 2025, compare)).toEqual([]);
  });

  it('lists a product once when a subject is named twice', () => {
    const doc = buildSmallDocument();
    const twice = indexDocument({
      ...doc,
      craftVillages: doc.craftVillages.map((v) => (v.id === 'V1' ? { ...v, subjectIds: ['S1', 'S1'] } : v)),
    });
    expect(villagesWithProducts(twice, null, 2025, compare)[0]!.products).toHaveLength(2);
  });
});

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

describe('villagesByCraft', () => {
  it('counts recognised villages by craft (V3 is not recognised)', () => {
    // "chế" sorts before "chiếu" (e < i); both have one village
    expect(villagesByCraft(index, null, compare)).toEqual([
      { craft: 'chế biến thực phẩm', recognised: 1, traditional: 1, crafts: 1 },
      { craft: 'chiếu cói', recognised: 1, traditional: 0, crafts: 1 },
    ]);
    expect(villagesByCraft(index, ['C'], compare)).toEqual([]);
  });

  it('keeps the 12 largest crafts and sums the rest into one row; spelling variants are one craft', () => {
    const village = (i: number, craft: string): CraftVillage => ({
      id: `X${i}`,
      name: `Làng ${i}`,
      communeCode: 'a1',
      craft,
      recognised: true,
      traditional: i % 2 === 0,
      subjectIds: [],
    });
    // 14 crafts "nghề 01".."nghề 14", one village each, plus " Nghề 14 " (the same craft) → "nghề 14" has 2.
    const list = Array.from({ length: 14 }, (_, i) => village(i, `nghề ${String(i + 1).padStart(2, '0')}`));
    list.push(village(14, ' Nghề 14 '));
    const rows = villagesByCraft(indexDocument(buildSmallDocument({ craftVillages: list })), null, compare);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ craft: 'nghề 14', recognised: 2, traditional: 1, crafts: 1 }); // X13 odd, X14 even
    expect(rows.slice(1, 12).map((r) => r.craft)).toEqual(Array.from({ length: 11 }, (_, i) => `nghề ${String(i + 1).padStart(2, '0')}`));
    // left out: nghề 12 (X11, odd) and nghề 13 (X12, even)
    expect(rows[12]).toEqual({ craft: null, recognised: 2, traditional: 1, crafts: 2 });
  });
});
