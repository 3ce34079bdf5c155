import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument, SMALL_PRODUCTS, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import type { Product } from '../contract/ocop';
import type { Target } from '../contract/targets';
import { indexDocument } from './document-index';
import { computeMetric, type MetricId } from './metrics';
import { recognisedStarsAt } from './ocop-rules';
import { capRegionStars, starsByRegion, summariseRegionStars } from './ocop/by-region';
import { ocopYearRows, ocopYears } from './ocop/by-year';
import { ocopTarget } from './ocop/goals';
import { ocopMix } from './ocop/mix';
import { starRuns } from './ocop/star-runs';

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
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
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

describe('ocopMix', () => {
  const groups = (regions: readonly string[] | null, year: number) => ocopMix(index, regions, year).groups.map((g) => [g.group, g.total]);
  it.each([
    // 2025 whole province: food P1, P2, P7; drinks P4; handicraft P5 (P3 not recognised, P6 lapsed).
    [
      null,
      2025,
      [
        ['food', 3],
        ['drinks', 1],
        ['herbal', 0],
        ['handicraft', 1],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    // 2024: food P1, P2, P7; herbal P6 (still valid); handicraft P5.
    [
      null,
      2024,
      [
        ['food', 3],
        ['drinks', 0],
        ['herbal', 1],
        ['handicraft', 1],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    [
      ['A'],
      2025,
      [
        ['food', 2],
        ['drinks', 1],
        ['herbal', 0],
        ['handicraft', 0],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    [
      ['C'],
      2025,
      [
        ['food', 0],
        ['drinks', 0],
        ['herbal', 0],
        ['handicraft', 0],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
  ] as const)('groups for %j in %i', (regions, year, expected) => {
    expect(groups(regions, year)).toEqual(expected);
  });

  it('splits a group by stars (2025, food: P1 3★, P2 4★, P7 4★)', () => {
    expect(ocopMix(index, null, 2025).groups[0]).toEqual({ group: 'food', three: 1, four: 2, five: 0, total: 3 });
  });

  it.each([
    // regions, year, [type, subjects, modern] ×4, subjects, modern, share
    // 2025: S1 (P1, P2), S2 (P4), S3 (P5, P7) all hold a valid product; S1 and S3 sell through modern channels.
    [
      null,
      2025,
      [
        ['cooperative', 1, 1],
        ['enterprise', 1, 0],
        ['household', 1, 1],
        ['cooperative-group', 0, 0],
      ],
      3,
      2,
      66.67,
    ],
    // A: S1 and S2; one of two modern.
    [
      ['A'],
      2025,
      [
        ['cooperative', 1, 1],
        ['enterprise', 1, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      2,
      1,
      50,
    ],
    // 2023: S1 (P1, P2), S3 (P6, P7); S2's only valid product (P4) starts in 2025.
    [
      null,
      2023,
      [
        ['cooperative', 1, 1],
        ['enterprise', 0, 0],
        ['household', 1, 1],
        ['cooperative-group', 0, 0],
      ],
      2,
      2,
      100,
    ],
    // No OCOP subject: no data, not 0 %.
    [
      ['C'],
      2025,
      [
        ['cooperative', 0, 0],
        ['enterprise', 0, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      0,
      0,
      null,
    ],
    [
      null,
      2021,
      [
        ['cooperative', 0, 0],
        ['enterprise', 0, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      0,
      0,
      null,
    ],
  ] as const)('subjects for %j in %i', (regions, year, types, subjects, modern, share) => {
    const mix = ocopMix(index, regions, year);
    expect(mix.subjectTypes.map((t) => [t.type, t.subjects, t.modern])).toEqual(types);
    expect(mix.subjectTypes.every((t) => t.notModern === t.subjects - t.modern)).toBe(true);
    expect([mix.subjects, mix.modern, mix.modernShare === null ? null : Math.round(mix.modernShare * 100) / 100]).toEqual([
      subjects,
      modern,
      share,
    ]);
    const metric = computeMetric(index, 'ocop.modern-channel-subject-share', { regionIds: regions, year });
    expect(metric?.kind === 'value' ? metric.value : null).toBe(mix.modernShare);
  });
});

describe('ocopTarget', () => {
  const target = (id: string, metric: string, deadline: string, unit: 'count' | 'percent' = 'percent'): Target => ({
    ...SMALL_TARGETS[0]!,
    id,
    metric,
    deadline,
    unit,
  });

  it('finds the fixture targets and nothing where the document has none', () => {
    expect(ocopTarget(index, 'ratedShare', 2025)?.id).toBe('rated');
    expect(ocopTarget(index, 'fiveStar', 2025)?.id).toBe('five');
    expect(ocopTarget(index, 'maintainedShare', 2025)).toBeUndefined();
    expect(ocopTarget(index, 'modernShare', 2025)).toBeUndefined();
  });

  it.each([
    // year, expected: the earliest deadline in or after the year, else the latest
    [2023, 't2024'],
    [2024, 't2024'],
    [2025, 't2025'],
    [2026, 't2025'],
  ])('picks the target for %i', (year, expected) => {
    const doc = buildSmallDocument({
      targets: [
        target('t2025', 'ocop.modern-channel-subject-share', '2025-12-31'),
        target('t2024', 'ocop.modern-channel-subject-share', '2024-12-31'),
        target('wrong-unit', 'ocop.modern-channel-subject-share', '2024-06-30', 'count'),
      ],
    });
    expect(ocopTarget(indexDocument(doc), 'modernShare', year)?.id).toBe(expected);
  });
});
