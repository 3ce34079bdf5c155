import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { capRegionStars, starsByRegion, summariseRegionStars } from './by-region';

// The small document's products and the stars they hold each year are listed in ./by-year.test.ts.
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;

describe('starsByRegion', () => {
  it.each([
    // year, [region, 3★, 4★, 5★, total] in order: most recognised products first, then by name.
    // 2025: A = P1 3★, P2 4★, P4 3★; B = P5 5★, P7 4★ (P6 lapsed); C none.
    [
      2025,
      [
        ['A', 2, 1, 0, 3],
        ['B', 0, 1, 1, 2],
        ['C', 0, 0, 0, 0],
      ],
    ],
    // 2022: B = P6 3★, P7 4★; A = P2 3★ (previous stars); C none.
    [
      2022,
      [
        ['B', 1, 1, 0, 2],
        ['A', 1, 0, 0, 1],
        ['C', 0, 0, 0, 0],
      ],
    ],
    // 2021: nobody, so by name: Huyện An, Huyện Bình, Huyện Cát.
    [
      2021,
      [
        ['A', 0, 0, 0, 0],
        ['B', 0, 0, 0, 0],
        ['C', 0, 0, 0, 0],
      ],
    ],
  ] as const)('in %i', (year, expected) => {
    expect(starsByRegion(index, year, compare).map((r) => [r.regionId, r.three, r.four, r.five, r.total])).toEqual(expected);
  });

  it('summarises the leader and the regions without products', () => {
    expect(summariseRegionStars(starsByRegion(index, 2025, compare))).toMatchObject({
      top: { regionId: 'A', total: 3 },
      withoutProducts: 1,
      regions: 3,
    });
    expect(summariseRegionStars(starsByRegion(index, 2021, compare))).toEqual({ top: undefined, withoutProducts: 3, regions: 3 });
    expect(summariseRegionStars([])).toEqual({ top: undefined, withoutProducts: 0, regions: 0 });
  });

  it('caps at a limit plus the selected regions, and sums the rest', () => {
    const rows = starsByRegion(index, 2025, compare);
    // Limit 1: A shown; B selected so shown too; C left out (one region, zeros).
    const zero = { three: 0, four: 0, five: 0, total: 0 };
    expect(capRegionStars(rows, ['B'], 1)).toEqual({ shown: [rows[0], rows[1]], others: { regions: 1, sum: zero, mean: zero } });
    // Nothing selected: B and C left out: sum 0 3★, 1 4★, 1 5★ (B's), mean over the two regions half of that.
    expect(capRegionStars(rows, [], 1).others).toEqual({
      regions: 2,
      sum: { three: 0, four: 1, five: 1, total: 2 },
      mean: { three: 0, four: 0.5, five: 0.5, total: 1 },
    });
    // Limit 2 with 3 rows: one row left over is shown rather than summed alone.
    expect(capRegionStars(rows, [], 2)).toEqual({ shown: rows });
  });

  it('keeps the national document under 150 marks (3 stars × (15 + 1 selected + others))', () => {
    const national = indexDocument(buildNationalDocument());
    const rows = starsByRegion(national, 2025, compare);
    expect(rows).toHaveLength(700);
    const capped = capRegionStars(rows, [rows[500]!.regionId], 15);
    expect(capped.shown).toHaveLength(16);
    expect(capped.others?.regions).toBe(684);
    expect(capped.others?.mean.total).toBeCloseTo((capped.others?.sum.total ?? 0) / 684, 10);
    expect(3 * (capped.shown.length + 1)).toBeLessThan(150);
    const sum = rows.reduce((n, r) => n + r.total, 0);
    expect(capped.shown.reduce((n, r) => n + r.total, 0) + (capped.others?.sum.total ?? 0)).toBe(sum);
  });
});
