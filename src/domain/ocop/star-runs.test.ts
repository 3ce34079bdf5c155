import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../../mocks/fixtures/national-document';
import { SMALL_PRODUCTS } from '../../../mocks/fixtures/small-document';
import { recognisedStarsAt } from '../ocop-rules';
import { starRuns } from './star-runs';

// The small document's products and the stars they hold each year are listed in ./by-year.test.ts.

describe('starRuns', () => {
  it.each([
    // product, runs as [from, until, stars]
    ['P1', [[2023, Infinity, 3]]],
    // Upgraded in 2025: previous 3★ from 2022, 4★ from 2025.
    [
      'P2',
      [
        [2022, 2025, 3],
        [2025, Infinity, 4],
      ],
    ],
    ['P3', []],
    ['P5', [[2024, Infinity, 5]]],
    // Lapsed: runs end in its expiry year (2025).
    ['P6', [[2022, 2025, 3]]],
    [
      'P7',
      [
        [2022, 2025, 4],
        [2025, Infinity, 4],
      ],
    ],
  ] as const)('%s', (id, expected) => {
    const p = SMALL_PRODUCTS.find((x) => x.id === id)!;
    expect(starRuns(p).map((r) => [r.from, r.until, r.stars])).toEqual(expected);
  });

  it('agrees with recognisedStarsAt for every product of the national document and every year', () => {
    const national = buildNationalDocument();
    let checked = 0;
    for (const p of [...SMALL_PRODUCTS, ...national.ocop.products]) {
      const runs = starRuns(p);
      for (let y = 2015; y <= 2026; y++) {
        const run = runs.find((r) => r.from <= y && y < r.until);
        expect(run?.stars ?? 0, `${p.id} in ${y}`).toBe(recognisedStarsAt(p, y));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100_000);
  });
});
