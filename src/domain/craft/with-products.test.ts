import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { villagesWithProducts } from './with-products';

/** The same collation as formatters('vi').compare (domain tests do not import i18n). */
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// The small document's villages are listed in ./totals.test.ts.

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
