import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { countPauses } from '../../mocks/fixtures/count-pauses';
import { communeRows } from './commune-table';
import { indexDocument } from './document-index';
import { nameOrder } from './ntm/name-order';
import { productOrder, productRows } from './product-table';
import { sectionGroundworkSteps } from './section-groundwork';

const size = { regions: 30, communesPerRegion: 20, products: 3000, subjects: 1000, villages: 40 };
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;

describe('sectionGroundworkSteps', () => {
  it('does in many short steps what the sections then find kept: the same orders and rows as computed at once', () => {
    const warmed = indexDocument(buildNationalDocument(size, 3));
    const year = warmed.asOfYear;
    const { pauses } = countPauses(sectionGroundworkSteps(warmed, year, compare));
    expect(pauses).toBeGreaterThan(size.regions);
    // Kept: the same objects come back.
    expect(productOrder(warmed, compare)).toBe(productOrder(warmed, compare));
    const region = warmed.regionIds[4] ?? '';
    expect(productRows(warmed, [region])[0]).toBe(productRows(warmed, [region])[0]);
    // And equal to what a document never warmed computes.
    const cold = indexDocument(buildNationalDocument(size, 3));
    expect([...productOrder(warmed, compare).product]).toEqual([...productOrder(cold, compare).product]);
    expect([...nameOrder(warmed, compare).commune]).toEqual([...nameOrder(cold, compare).commune]);
    expect(communeRows(warmed, null, year)).toEqual(communeRows(cold, null, year));
    expect(productRows(warmed, null)).toEqual(productRows(cold, null));
  });
});
