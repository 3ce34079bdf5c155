import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_PRODUCTS } from '../../../mocks/fixtures/small-document';
import type { Product } from '../../contract/ocop';
import { indexDocument } from '../document-index';
import { computeMetric, type MetricId } from '../metrics';
import { ocopYearRows, ocopYears } from './by-year';

// The small document's products (mocks/fixtures/small-document.ts), stars held at the end of each year
// (recognisedStarsAt; "–" = not recognised):
//            region group       rated  status         2022 2023 2024 2025
//   P1        A     food        2023   new 3★          –    3    3    3
//   P2        A     food        2025   upgraded 3→4★   3    3    3    4   (first 2022, previous 3★)
//   P3        A     drinks      2025   not-rec. 2★     –    –    –    –
//   P4        A     drinks      2025   new 3★          –    –    –    3
//   P5        B     handicraft  2024   new 5★          –    –    5    5
//   P6        B     herbal      2022   lapsed 3★       3    3    3    –   (expired 2025-03-01)
//   P7        B     food        2025   re-rec. 4★      4    4    4    4   (first 2022, previous 4★)
// Region C has no commune and no product. Subjects: S1 HTX An (A, cooperative, modern), S2 Công ty Lễ
// (A, enterprise, not modern), S3 Hộ Bình (B, household, modern).
const index = indexDocument(buildSmallDocument());
const YEARS = [2022, 2023, 2024, 2025];

describe('ocopYears', () => {
  it('runs from the first year with a recognised product (2022: P2, P6, P7) to the selected year', () => {
    expect(ocopYears(index, 2025)).toEqual(YEARS);
    expect(ocopYears(index, 2023)).toEqual([2022, 2023]);
    expect(ocopYears(index, 2021)).toEqual([2021]);
  });

  it('shows only the as-of year when no product was ever recognised', () => {
    const only2 = SMALL_PRODUCTS.filter((p) => p.id === 'P3');
    const doc = buildSmallDocument({ ocop: { ...buildSmallDocument().ocop, products: only2 } });
    expect(ocopYears(indexDocument(doc), 2025)).toEqual([2025]);
  });

  it('starts at the year previous stars first held, not only at ratings', () => {
    // Rated 4★ in 2025 after 3★ since 2019: recognised in 2019 already.
    const p: Product = { ...SMALL_PRODUCTS[1]!, id: 'X', firstRecognisedYear: 2019 };
    const doc = buildSmallDocument({ ocop: { ...buildSmallDocument().ocop, products: [p] } });
    expect(ocopYears(indexDocument(doc), 2025)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });
});

describe('ocopYearRows (hand-checked from the table above)', () => {
  const pick = (regions: readonly string[] | null) =>
    ocopYearRows(index, regions, YEARS).map((r) => [r.year, r.three, r.four, r.five, r.total]);

  it.each([
    // regions, [year, 3★, 4★, 5★, total] per year
    [
      null,
      [
        [2022, 2, 1, 0, 3],
        [2023, 3, 1, 0, 4],
        [2024, 3, 1, 1, 5],
        [2025, 2, 2, 1, 5],
      ],
    ],
    // A: P1 from 2023, P2 3★ until its 2025 upgrade to 4★, P4 from 2025.
    [
      ['A'],
      [
        [2022, 1, 0, 0, 1],
        [2023, 2, 0, 0, 2],
        [2024, 2, 0, 0, 2],
        [2025, 2, 1, 0, 3],
      ],
    ],
    // B: P6 3★ until it lapses in 2025, P7 4★ throughout, P5 5★ from 2024.
    [
      ['B'],
      [
        [2022, 1, 1, 0, 2],
        [2023, 1, 1, 0, 2],
        [2024, 1, 1, 1, 3],
        [2025, 0, 1, 1, 2],
      ],
    ],
    // C has no products: zeros, not missing years.
    [
      ['C'],
      [
        [2022, 0, 0, 0, 0],
        [2023, 0, 0, 0, 0],
        [2024, 0, 0, 0, 0],
        [2025, 0, 0, 0, 0],
      ],
    ],
  ] as const)('stars by year for %j', (regions, expected) => {
    expect(pick(regions)).toEqual(expected);
  });

  it.each([
    // regions, rated / 3★+ / share per year. Rated: 2022 P6; 2023 P1; 2024 P5; 2025 P2 (4★), P3 (2★), P4, P7.
    [
      null,
      [
        [1, 1, 100],
        [1, 1, 100],
        [1, 1, 100],
        [4, 3, 75],
      ],
    ],
    // A rated nothing in 2022 and 2024 (gaps), P1 in 2023, P2/P3/P4 in 2025: 2 of 3.
    [
      ['A'],
      [
        [0, 0, null],
        [1, 1, 100],
        [0, 0, null],
        [3, 2, 66.67],
      ],
    ],
    [
      ['B'],
      [
        [1, 1, 100],
        [0, 0, null],
        [1, 1, 100],
        [1, 1, 100],
      ],
    ],
    [
      ['C'],
      [
        [0, 0, null],
        [0, 0, null],
        [0, 0, null],
        [0, 0, null],
      ],
    ],
  ] as const)('rated-3★+ share by year for %j', (regions, expected) => {
    const rows = ocopYearRows(index, regions, YEARS);
    expect(rows.map((r) => [r.rated, r.ratedThreePlus, r.ratedShare === null ? null : Math.round(r.ratedShare * 100) / 100])).toEqual(
      expected,
    );
  });

  it.each([
    // regions, due / maintained / share in 2025; no product came up in 2022–2024.
    // 2025: P2 upgraded (due, kept), P7 re-recognised (due, kept), P6 expired 2025 (due, lapsed).
    // P1 (new, expires 2026), P4 (first 2025), P5 (new, expires 2027) are not due; P3 was never recognised.
    [null, 3, 2, 66.67],
    [['A'], 1, 1, 100],
    [['B'], 2, 1, 50],
    [['C'], 0, 0, null],
  ] as const)('maintained-or-upgraded share for %j', (regions, due, maintained, share) => {
    const rows = ocopYearRows(index, regions, YEARS);
    expect(rows.slice(0, 3).map((r) => [r.due, r.maintainedShare])).toEqual([
      [0, null],
      [0, null],
      [0, null],
    ]);
    const last = rows[3]!;
    expect([last.due, last.maintained, last.maintainedShare === null ? null : Math.round(last.maintainedShare * 100) / 100]).toEqual([
      due,
      maintained,
      share,
    ]);
  });

  it('gives the same numbers as the metrics for every year and selection', () => {
    for (const regions of [null, ['A'], ['B'], ['C'], ['A', 'B']]) {
      ocopYearRows(index, regions, YEARS).forEach((r) => {
        const metric = (id: MetricId) => {
          const m = computeMetric(index, id, { regionIds: regions, year: r.year });
          return m?.kind === 'value' ? m.value : null;
        };
        expect(r.total).toBe(metric('ocop.recognised-count'));
        expect(r.five).toBe(metric('ocop.five-star-count'));
        expect(r.ratedShare).toBe(metric('ocop.rated-3plus-share'));
        expect(r.maintainedShare).toBe(metric('ocop.maintained-upgraded-share'));
      });
    }
  });

  it('returns nothing for no years', () => {
    expect(ocopYearRows(index, null, [])).toEqual([]);
  });
});
