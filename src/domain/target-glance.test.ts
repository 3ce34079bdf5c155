import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { buildOverview } from './overview';
import { BEHIND, behindFirst, targetTrend } from './target-glance';
import { evaluateTarget } from './target-status';

const index = indexDocument(buildSmallDocument());
const target = (id: string) => SMALL_TARGETS.find((t) => t.id === id)!;

describe('behindFirst', () => {
  it('puts the targets behind first and keeps the document order within a status', () => {
    const rows = buildOverview(index, { regionIds: null, year: 2025 }).groups.flatMap((g) => g.rows);
    // 2025: rated at risk, five achieved, advanced at risk, villages achieved.
    expect(behindFirst(rows).map((r) => [r.evaluation.target.id, r.evaluation.status])).toEqual([
      ['rated', 'at-risk'],
      ['advanced', 'at-risk'],
      ['five', 'achieved'],
      ['villages', 'achieved'],
    ]);
    expect(rows.filter((r) => BEHIND.has(r.evaluation.status))).toHaveLength(2);
  });

  it('orders every status: off track, at risk, no data, on track, achieved', () => {
    const statuses = ['achieved', 'on-track', 'no-data', 'at-risk', 'off-track'] as const;
    const rows = statuses.map((status) => ({
      evaluation: { ...evaluateTarget(index, target('five'), { regionIds: null, year: 2025 }), status },
    }));
    expect(behindFirst(rows).map((r) => r.evaluation.status)).toEqual(['off-track', 'at-risk', 'no-data', 'on-track', 'achieved']);
  });
});

describe('targetTrend (hand-checked on the small document)', () => {
  const whole = { regionIds: null, year: 2025 };
  it('counts advanced communes at the end of each year up to the view year, from the last year with none', () => {
    // a2 advanced from 2023 (model 2025), a1 advanced from 2024, b1 only NTM; none before 2023.
    const e = evaluateTarget(index, target('advanced'), whole);
    expect(targetTrend(index, e, whole)).toEqual([
      { year: 2022, value: 0 },
      { year: 2023, value: 1 },
      { year: 2024, value: 2 },
      { year: 2025, value: 2 },
    ]);
  });

  it('stops at the selected year', () => {
    const scope = { regionIds: null, year: 2023 };
    const e = evaluateTarget(index, target('advanced'), scope);
    expect(targetTrend(index, e, scope).map((p) => p.year)).toEqual([2022, 2023]);
  });

  it('gives null for years a share cannot be computed, the share where it can, and marks a flow in a year not over', () => {
    // rated in 2022: P6 (3★) → 100 %; 2023: P1 (3★) → 100 %; 2024: P5 → 100 %; 2025: P2, P3, P4, P7 → 3/4 = 75 %.
    const e = evaluateTarget(index, target('rated'), whole);
    expect(targetTrend(index, e, whole)).toEqual([
      { year: 2022, value: 100 },
      { year: 2023, value: 100 },
      { year: 2024, value: 100 },
      { year: 2025, value: 75, partial: true },
    ]);
  });

  it("follows the scope the status was judged on: a count target under a district filter is the province's", () => {
    const scope = { regionIds: ['B'], year: 2025 };
    const e = evaluateTarget(index, target('advanced'), scope);
    expect(e.judgedOn).toBe('province');
    expect(targetTrend(index, e, scope).at(-1)).toEqual({ year: 2025, value: 2 });
    const share = { ...target('rated') };
    const es = evaluateTarget(index, share, scope);
    // District B rated: 2022 P6 3★, 2024 P5 5★, 2025 P7 4★ → 100 % each; nothing in 2023.
    expect(targetTrend(index, es, scope).map((p) => p.value)).toEqual([100, null, 100, 100]);
  });

  it('draws at most the last ten years', () => {
    const e = evaluateTarget(index, target('villages'), whole);
    // Villages with a 3★ producer: V1 from 2022 (its producer's P2 recognised since 2022) — zero before, so it starts in 2021.
    expect(targetTrend(index, e, whole).map((p) => p.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    // Recognised villages: 2 in every offered year (2010–2025) → the last ten.
    const recognised = { ...target('villages'), id: 'rv', metric: 'craft.recognised-count' };
    const points = targetTrend(index, evaluateTarget(index, recognised, whole), whole);
    expect(points.map((p) => p.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(points.every((p) => p.value === 2)).toBe(true);
  });

  it('is empty for a reported target', () => {
    const t = { ...target('five'), metric: 'reported', reported: { value: 3, asOf: '2025-06-30' } };
    expect(targetTrend(index, evaluateTarget(index, t, whole), whole)).toEqual([]);
  });
});
