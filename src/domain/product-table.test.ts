import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { countExpiring, filterProductRows, NO_FILTER, type ProductFilter } from './ocop/product-filter';
import { expiryWindowEnd, productOrder, productRows, sortedProductRows, sortProductRows, type ProductSortKey } from './product-table';
import type { SortDirection } from './sort-rows';

// The small document (mocks/fixtures/small-document.ts), as of 30/06/2025; stars held at the end of 2025:
//   P1 Nước mắm An    A  Xã Vũ Lễ    HTX An      food        3★ rated 2023  expires 2026-05-01 → within 12 months
//   P2 Gạo nếp An     A  Xã Vũ Lễ    HTX An      food        4★ rated 2025  expires 2028-04-01
//   P3 Rượu Lễ        A  Xã Đông Xá  Công ty Lễ  drinks      2★ rated 2025  not recognised, no expiry
//   P4 Trà Vũ Lễ      A  Xã Đông Xá  Công ty Lễ  drinks      3★ rated 2025  expires 2028-04-01
//   P5 Chiếu cói Bình B  Xã An Ninh  Hộ Bình     handicraft  5★ rated 2024  expires 2027-10-01
//   P6 Mật ong Bình   B  Xã An Ninh  Hộ Bình     herbal      3★ rated 2022  lapsed, expired 2025-03-01 → not recognised
//   P7 Bánh cáy Bình  B  Xã An Ninh  Hộ Bình     food        4★ rated 2025  expires 2028-05-01
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const all = productRows(index, null);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);

describe('productRows', () => {
  it('gives every product of the selection, with names resolved', () => {
    expect(ids(all)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
    expect(ids(productRows(index, ['A']))).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(ids(productRows(index, ['B', 'C']))).toEqual(['P5', 'P6', 'P7']);
    expect(productRows(index, ['C'])).toEqual([]);
    expect(all[3]).toEqual({
      id: 'P4',
      name: 'Trà Vũ Lễ',
      group: 'drinks',
      subjectName: 'Công ty Lễ',
      subjectType: 'enterprise',
      communeCode: 'a2',
      communeName: 'Xã Đông Xá',
      regionId: 'A',
      regionName: 'Huyện An',
      stars: 3,
      recognisedStars: 3,
      ratingYear: 2025,
      status: 'new',
      expiryDate: '2028-04-01',
      expiring: false,
    });
  });

  it('holds the stars of a recognised product and 0 for the others (P3 2★, P6 lapsed)', () => {
    expect(all.map((r) => r.recognisedStars)).toEqual([3, 4, 0, 3, 5, 0, 4]);
  });

  it('flags only P1, whose certificate expires on 01/05/2026, before 30/06/2026', () => {
    expect(expiryWindowEnd(index)).toBe('2026-06-30');
    expect(ids(all.filter((r) => r.expiring))).toEqual(['P1']);
    expect(countExpiring(all)).toBe(1);
    expect(countExpiring(productRows(index, ['B']))).toBe(0);
    expect(countExpiring([])).toBe(0);
  });
});

describe('filterProductRows', () => {
  it.each<[string, Partial<ProductFilter>, string[]]>([
    ['no filter', {}, ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']],
    // "vu le" finds the product Trà Vũ Lễ (P4) and the two products of Xã Vũ Lễ (P1, P2).
    // P4 "Trà Vũ Lễ" by its own name first; P1 and P2 by their commune, Xã Vũ Lễ.
    ['"vu le"', { query: 'vu le' }, ['P4', 'P1', 'P2']],
    ['"VŨ LỄ" (marks and case ignored)', { query: '  VŨ   LỄ ' }, ['P4', 'P1', 'P2']],
    ['"vule" (spaces optional)', { query: 'vule' }, ['P4', 'P1', 'P2']],
    // Subject name: Công ty Lễ makes P3 and P4.
    ['subject "cong ty"', { query: 'cong ty' }, ['P3', 'P4']],
    // Commune name: Xã Đông Xá (đ folds to d).
    ['commune "dong xa"', { query: 'dong xa' }, ['P3', 'P4']],
    ['words in order only: "binh mat" finds nothing, "mat ong" finds P6', { query: 'binh mat' }, []],
    ['"mat ong"', { query: 'mat ong' }, ['P6']],
    ['nothing matches', { query: 'xyz' }, []],
    ['3★', { stars: '3' }, ['P1', 'P4']],
    ['4★', { stars: '4' }, ['P2', 'P7']],
    ['5★', { stars: '5' }, ['P5']],
    ['not recognised', { stars: 'none' }, ['P3', 'P6']],
    ['food', { group: 'food' }, ['P1', 'P2', 'P7']],
    ['tourism (none)', { group: 'tourism' }, []],
    ['food and 4★', { group: 'food', stars: '4' }, ['P2', 'P7']],
    ['expiring only', { expiringOnly: true }, ['P1']],
    ['"an" and 3★ (P4 Trà Vũ Lễ has no "an")', { query: 'an', stars: '3' }, ['P1']],
  ])('%s', (_label, filter, expected) => {
    expect(ids(filterProductRows(all, { ...NO_FILTER, ...filter }))).toEqual(expected);
  });
});

describe('sortProductRows', () => {
  const order = productOrder(index, compare);
  it.each<[ProductSortKey, SortDirection, string[]]>([
    // By name (Vietnamese collation): Bánh cáy, Chiếu cói, Gạo nếp, Mật ong, Nước mắm, Rượu, Trà.
    ['name', 'ascending', ['P7', 'P5', 'P2', 'P6', 'P1', 'P3', 'P4']],
    ['name', 'descending', ['P4', 'P3', 'P1', 'P6', 'P2', 'P5', 'P7']],
    // Recognised stars, then rated stars, ties by name: 0★ (P3 2★ < P6 lapsed 3★), 3★ (P1 Nước, P4 Trà), 4★ (P7 Bánh, P2 Gạo), 5★.
    ['stars', 'ascending', ['P3', 'P6', 'P1', 'P4', 'P7', 'P2', 'P5']],
    ['stars', 'descending', ['P5', 'P7', 'P2', 'P1', 'P4', 'P6', 'P3']],
    // Rating year: 2022 P6, 2023 P1, 2024 P5, 2025 P7, P2, P3, P4 (by name).
    ['ratingYear', 'ascending', ['P6', 'P1', 'P5', 'P7', 'P2', 'P3', 'P4']],
    ['ratingYear', 'descending', ['P7', 'P2', 'P3', 'P4', 'P5', 'P1', 'P6']],
    // Region by name (Huyện An, Huyện Bình), then product name.
    ['region', 'ascending', ['P2', 'P1', 'P3', 'P4', 'P7', 'P5', 'P6']],
    ['region', 'descending', ['P7', 'P5', 'P6', 'P2', 'P1', 'P3', 'P4']],
    // Expiry: 2025-03-01 P6, 2026-05-01 P1, 2027-10-01 P5, 2028-04-01 P2 & P4, 2028-05-01 P7; P3 (none) last both ways.
    ['expiry', 'ascending', ['P6', 'P1', 'P5', 'P2', 'P4', 'P7', 'P3']],
    ['expiry', 'descending', ['P7', 'P2', 'P4', 'P5', 'P1', 'P6', 'P3']],
  ])('by %s, %s', (key, direction, expected) => {
    expect(ids(sortProductRows(all, key, direction, order))).toEqual(expected);
  });

  it('keeps a sorted view per selection and order, equal to sorting the rows', () => {
    const sorted = sortedProductRows(index, ['A'], 'expiry', 'descending', compare);
    expect(ids(sorted)).toEqual(ids(sortProductRows(productRows(index, ['A']), 'expiry', 'descending', order)));
    // P2 and P4 expire on 01/04/2028, P1 on 01/05/2026, P3 has no date.
    expect(ids(sorted)).toEqual(['P2', 'P4', 'P1', 'P3']);
    expect(sortedProductRows(index, ['A'], 'expiry', 'descending', compare)).toBe(sorted);
    // Filtering a sorted view keeps its order.
    expect(ids(filterProductRows(sorted, { ...NO_FILTER, stars: '3' }))).toEqual(['P4', 'P1']);
  });

  it('does not change the rows it is given', () => {
    const copy = [...all];
    sortProductRows(all, 'stars', 'descending', order);
    expect(all).toEqual(copy);
  });
});

describe('on the national document', () => {
  const national = indexDocument(buildNationalDocument());
  it('builds, filters and sorts ~18,000 rows, each product once', () => {
    const rows = productRows(national, null);
    expect(rows).toHaveLength(national.doc.ocop.products.length);
    expect(new Set(ids(rows)).size).toBe(rows.length);
    const sorted = sortProductRows(
      filterProductRows(rows, { ...NO_FILTER, stars: '4' }),
      'name',
      'ascending',
      productOrder(national, compare),
    );
    expect(sorted.every((r) => r.recognisedStars === 4)).toBe(true);
    for (let i = 1; i < Math.min(sorted.length, 200); i++) expect(compare(sorted[i - 1]!.name, sorted[i]!.name)).toBeLessThanOrEqual(0);
  });
});
