import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { withProductByYear } from './by-year';

const index = indexDocument(buildSmallDocument());

// The small document's villages are listed in ./totals.test.ts.

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
