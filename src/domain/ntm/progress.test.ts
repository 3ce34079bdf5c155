import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { computeMetric, type MetricId } from '../metrics';
import { progressByYear } from './progress';

// The small document's NTM records are listed in ./by-region.test.ts.
const index = indexDocument(buildSmallDocument());
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

describe('progressByYear (hand-checked)', () => {
  it.each([
    // regions, rows "year: ntm+/adv+/model of total (adv+ share %)"
    [
      null,
      [
        '2020: 3/0/0 of 3 (0)',
        '2021: 3/0/0 of 3 (0)',
        '2022: 3/0/0 of 3 (0)',
        '2023: 3/1/0 of 3 (33.33)',
        '2024: 3/2/0 of 3 (66.67)',
        '2025: 3/2/1 of 3 (66.67)',
      ],
    ],
    [
      ['B'],
      [
        '2020: 1/0/0 of 1 (0)',
        '2021: 1/0/0 of 1 (0)',
        '2022: 1/0/0 of 1 (0)',
        '2023: 1/0/0 of 1 (0)',
        '2024: 1/0/0 of 1 (0)',
        '2025: 1/0/0 of 1 (0)',
      ],
    ],
    // C has no NTM record: counts 0, shares are no data (null), never 0 %.
    [
      ['C'],
      [
        '2020: 0/0/0 of 0 (null)',
        '2021: 0/0/0 of 0 (null)',
        '2022: 0/0/0 of 0 (null)',
        '2023: 0/0/0 of 0 (null)',
        '2024: 0/0/0 of 0 (null)',
        '2025: 0/0/0 of 0 (null)',
      ],
    ],
  ] as const)('regions %j', (regions, expected) => {
    const rows = progressByYear(index, regions, YEARS);
    const pct = (v: number | null) => (v === null ? 'null' : String(Math.round(v * 100) / 100));
    expect(
      rows.map((r) => `${r.year}: ${r.ntmOrHigher}/${r.advancedOrHigher}/${r.model} of ${r.total} (${pct(r.advancedOrHigherShare)})`),
    ).toEqual(expected);
  });

  it('gives the model share: 1 of 3 communes in 2025', () => {
    expect(progressByYear(index, null, [2025])[0]?.modelShare).toBeCloseTo(33.333, 2);
  });

  it('counts levels reached before the first year into that year, and before any record gives none', () => {
    expect(progressByYear(index, null, [2024, 2025]).map((r) => r.advancedOrHigher)).toEqual([2, 2]);
    expect(progressByYear(index, null, [2019]).map((r) => r.ntmOrHigher)).toEqual([0]);
  });

  // The same numbers as the metric registry, for every year and several selections, on two documents.
  const national = indexDocument(buildNationalDocument({ regions: 6, communesPerRegion: 25, products: 10, subjects: 5, villages: 2 }, 7));
  it.each([
    ['small', index, [null, ['A'], ['B'], ['C'], ['A', 'B']]],
    ['synthetic', national, [null, [national.regionIds[0]!], [national.regionIds[2]!, national.regionIds[5]!]]],
  ] as const)('agrees with computeMetric on the %s document', (_, idx, selections) => {
    const years = Array.from({ length: 14 }, (__, i) => 2013 + i);
    for (const regionIds of selections) {
      const rows = progressByYear(idx, regionIds, years);
      for (const r of rows) {
        const metric = (id: MetricId) => {
          const m = computeMetric(idx, id, { regionIds, year: r.year });
          return m?.kind === 'value' ? m.value : null;
        };
        expect([r.ntmOrHigher, r.advancedOrHigher, r.model]).toEqual([
          metric('ntm.ntm-or-higher-count'),
          metric('ntm.advanced-or-higher-count'),
          metric('ntm.model-count'),
        ]);
        expect(r.advancedOrHigherShare).toBe(metric('ntm.advanced-or-higher-share'));
      }
    }
  });
});
