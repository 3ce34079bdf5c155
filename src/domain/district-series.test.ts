import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { districtSeries } from './district-series';

const index = indexDocument(buildSmallDocument());
const years = [2020, 2021, 2022, 2023, 2024, 2025];

describe('districtSeries (small document, hand-checked)', () => {
  it('gives one series per district, highest last-year value first, from the last year with none', () => {
    // Advanced communes: A has a2 from 2023 and a1 from 2024; B's b1 is only NTM.
    const s = districtSeries(index, 'ntm.advanced-or-higher-count', ['B', 'A'], years);
    expect(s.keys).toEqual([
      { regionIds: ['A'], other: false },
      { regionIds: ['B'], other: false },
    ]);
    expect(s.rows).toEqual([
      { year: 2022, values: [0, 0] },
      { year: 2023, values: [1, 0] },
      { year: 2024, values: [2, 0] },
      { year: 2025, values: [2, 0] },
    ]);
  });

  it('keeps shares as rates per district, null where nothing was rated', () => {
    // A rated: 2023 P1 3★ → 100 %; 2025 P2 4★, P3 2★, P4 3★ → 2/3. B rated: 2022 P6, 2024 P5, 2025 P7 → 100 %.
    const s = districtSeries(index, 'ocop.rated-3plus-share', ['A', 'B'], years);
    expect(s.keys.map((k) => k.regionIds[0])).toEqual(['B', 'A']);
    expect(s.rows.map((r) => r.year)).toEqual([2022, 2023, 2024, 2025]);
    expect(s.rows.map((r) => r.values[0])).toEqual([100, null, 100, 100]);
    expect(s.rows[1]!.values[1]).toBe(100);
    expect(s.rows[3]!.values[1]).toBeCloseTo(200 / 3, 6);
  });

  it('beyond the maximum, draws the top ones and gathers the rest as "others", computed on their records together', () => {
    // max 2: B (100 %) on its own; A and C together: A's 2/3 (C has no products) → 66.7 %.
    const s = districtSeries(index, 'ocop.rated-3plus-share', ['A', 'B', 'C'], [2025], 2);
    expect(s.keys).toEqual([
      { regionIds: ['B'], other: false },
      { regionIds: ['A', 'C'], other: true },
    ]);
    expect(s.rows[0]!.values[0]).toBe(100);
    expect(s.rows[0]!.values[1]).toBeCloseTo(200 / 3, 6);
  });

  it('puts a district without a value last and gives no rows when nobody has a value', () => {
    const s = districtSeries(index, 'ocop.rated-3plus-share', ['C', 'A'], [2025]);
    expect(s.keys.map((k) => k.regionIds[0])).toEqual(['A', 'C']);
    expect(districtSeries(index, 'ocop.rated-3plus-share', ['C'], years).rows).toEqual([]);
  });
});
