// Contract 1.1's rules for honest statuses, each on a hand-checked fixture: due by the evaluation date, stocks and
// flows (part of a year judged by the pace for that part), district targets, no number in the wrong unit,
// reported values only from their own date, the year list.
import { describe, expect, it } from 'vitest';
import type { DashboardDocument } from '../contract/document';
import type { Product } from '../contract/ocop';
import type { Target } from '../contract/targets';
import { buildSmallDocument, SMALL_PRODUCTS, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { isYearComplete, sameDateYearBefore } from './evaluation-date';
import { computeMetric, METRICS } from './metrics';
import { buildOverview, resolveYear, targetInView } from './overview';
import { evaluateTarget, impliedBaseline } from './target-status';

const base = SMALL_TARGETS[1]!;
const target = (patch: Partial<Target>): Target => ({ ...base, ...patch });
const product = (patch: Partial<Product>): Product => ({ ...SMALL_PRODUCTS[0]!, ...patch });
const docWith = (products: Product[], patch: Partial<DashboardDocument> = {}) =>
  buildSmallDocument({ ...patch, ocop: { ...buildSmallDocument().ocop, products } });

describe('due by the evaluation date (maintained or upgraded share)', () => {
  // As of 30/06/2025. Recognised 2022, certificate expiring in 2025, not re-rated yet.
  const expiring = (id: string, expiryDate: string) =>
    product({ id, ratingYear: 2022, firstRecognisedYear: 2022, decisionDate: '2022-06-30', expiryDate, status: 'new' });
  const kept = product({
    id: 'K',
    ratingYear: 2025,
    firstRecognisedYear: 2022,
    previousStars: 3,
    decisionDate: '2025-03-01',
    expiryDate: '2028-03-01',
    status: 're-recognised',
  });

  it('leaves out a certificate expiring the day after the as-of date, counts one expiring on it', () => {
    const index = indexDocument(docWith([kept, expiring('ON', '2025-06-30'), expiring('AFTER', '2025-07-01')]));
    // Due by 30/06/2025: K (re-rated) and ON (expired on the day, not re-rated) → 1 of 2 kept = 50 %.
    expect(computeMetric(index, 'ocop.maintained-upgraded-share', { regionIds: null, year: 2025 })).toEqual({
      kind: 'value',
      value: 50,
      unit: 'percent',
      numerator: 1,
      denominator: 2,
    });
  });

  it('counts every certificate of a year that is over', () => {
    const doc = docWith([kept, expiring('ON', '2025-06-30'), expiring('AFTER', '2025-07-01')]);
    const index = indexDocument({ ...doc, meta: { ...doc.meta, asOf: '2026-01-15' } });
    expect(computeMetric(index, 'ocop.maintained-upgraded-share', { regionIds: null, year: 2025 })).toMatchObject({
      numerator: 1,
      denominator: 3,
    });
  });

  it('is no data, not 0 %, when nothing has come up yet', () => {
    const index = indexDocument(docWith([expiring('AFTER', '2025-07-01')]));
    expect(computeMetric(index, 'ocop.maintained-upgraded-share', { regionIds: null, year: 2025 })).toEqual({
      kind: 'no-data',
      reason: 'no-due-products',
    });
  });
});

describe('stocks and flows', () => {
  it('marks every metric of the registry as a stock or a flow', () => {
    const kinds = Object.fromEntries([...METRICS.values()].map((d) => [d.id, d.kind]));
    expect(kinds['ocop.subjects-developed-count']).toBe('flow');
    expect(kinds['ocop.rated-3plus-share']).toBe('flow');
    expect(kinds['ocop.maintained-upgraded-share']).toBe('flow');
    expect(kinds['ocop.recognised-count']).toBe('stock');
    expect(kinds['ntm.advanced-or-higher-count']).toBe('stock');
    expect(kinds['craft.villages-with-3plus-product']).toBe('stock');
    expect([...METRICS.values()].every((d) => d.kind === 'stock' || d.kind === 'flow')).toBe(true);
  });

  const index = indexDocument(buildSmallDocument());
  // Subjects developed in 2025 by 30/06/2025: S1 (P2), S2 (P3), S3 (P7) → 3. 1 January → 30 June is 180 of 364 days
  // to 31 December, so a goal of 6 expects 6 × 180/364 = 2.967 by then.
  const flow = target({ metric: 'ocop.subjects-developed-count', comparison: 'atLeast', value: 6, baseline: undefined });

  it('gives a flow count without a baseline an implied one: 0 on 1 January of the year judged', () => {
    expect(impliedBaseline(flow, 2025)).toEqual({ value: 0, date: '2025-01-01' });
    expect(impliedBaseline({ ...flow, baseline: { value: 2, date: '2024-12-31' } }, 2025)).toBeUndefined();
    expect(impliedBaseline({ ...flow, metric: 'ocop.recognised-count' }, 2025)).toBeUndefined(); // a stock
    expect(impliedBaseline({ ...flow, metric: 'ocop.rated-3plus-share', unit: 'percent' }, 2025)).toBeUndefined(); // shares never
  });

  it('judges half a year by half-year pace: on track at exactly the prorated pace', () => {
    const e = evaluateTarget(index, flow, { regionIds: null, year: 2025 });
    expect(e.result).toMatchObject({ value: 3 });
    expect(e.expected).toBeCloseTo((6 * 180) / 364, 6);
    expect(e.status).toBe('on-track');
    expect(e.yearComplete).toBe(false);
    expect(e.impliedBaseline).toEqual({ value: 0, date: '2025-01-01' });
    // Exactly at the pace (3 expected of 3 counted) is on track; one above it is not.
    const exact = { ...flow, value: 3 * (364 / 180) };
    expect(evaluateTarget(index, exact, { regionIds: null, year: 2025 }).expected).toBeCloseTo(3, 9);
    expect(evaluateTarget(index, exact, { regionIds: null, year: 2025 }).status).toBe('on-track');
    expect(evaluateTarget(index, { ...flow, value: 7 }, { regionIds: null, year: 2025 }).status).toBe('at-risk');
  });

  it('never prorates a share', () => {
    const share = target({ metric: 'ocop.rated-3plus-share', unit: 'percent', comparison: 'moreThan', value: 80, baseline: undefined });
    const e = evaluateTarget(index, share, { regionIds: null, year: 2025 });
    expect(e.expected).toBeUndefined();
    expect(e.status).toBe('at-risk'); // 75 % is not more than 80 %, whatever the date
  });

  it('compares a flow in a year not over with last year to the same date, or last year whole when undated', () => {
    const prior = product({
      id: 'Q',
      subjectId: 'S2',
      ratingYear: 2024,
      firstRecognisedYear: 2024,
      decisionDate: '2024-09-01',
      status: 'new',
    });
    const early = product({
      id: 'E',
      subjectId: 'S3',
      ratingYear: 2024,
      firstRecognisedYear: 2024,
      decisionDate: '2024-03-01',
      status: 'new',
    });
    const doc = docWith([...SMALL_PRODUCTS.filter((p) => p.ratingYear !== 2024), prior, early], { targets: [flow] });
    const row = buildOverview(indexDocument(doc), { regionIds: null, year: 2025 }).groups[0]!.rows[0]!;
    // By 30/06/2024 only E had been rated: 1 subject (S3); the whole of 2024 had 2.
    expect(row).toMatchObject({ previousBasis: 'same-date', previousUntil: '2024-06-30', previous: { value: 1 } });
    const undated = docWith([...SMALL_PRODUCTS.filter((p) => p.ratingYear !== 2024), prior, { ...early, decisionDate: undefined }], {
      targets: [flow],
    });
    const row2 = buildOverview(indexDocument(undated), { regionIds: null, year: 2025 }).groups[0]!.rows[0]!;
    expect(row2).toMatchObject({ previousBasis: 'whole-year', previousUntil: '2024-12-31', previous: { value: 2 } });
  });

  it('compares a stock with the end of last year', () => {
    const index2 = indexDocument(buildSmallDocument());
    const o = buildOverview(index2, { regionIds: null, year: 2025 });
    const advanced = o.groups.flatMap((g) => g.rows).find((r) => r.evaluation.target.id === 'advanced')!;
    expect(advanced).toMatchObject({ previousBasis: 'year-end', previousUntil: '2024-12-31', previous: { value: 2 } });
  });
});

describe('the deadline day', () => {
  it('is final: a year over on the deadline day is achieved or not, the day before it is still a pace', () => {
    // The small document has 2 advanced communes at the end of 2024; goal 4 with deadline 31/12/2024.
    const index = indexDocument(buildSmallDocument());
    const t = target({
      metric: 'ntm.advanced-or-higher-count',
      value: 4,
      deadline: '2024-12-31',
      baseline: { value: 0, date: '2021-12-31' },
    });
    expect(evaluateTarget(index, t, { regionIds: null, year: 2024 })).toMatchObject({ status: 'off-track', deadlinePassed: true });
    expect(evaluateTarget(index, { ...t, deadline: '2025-01-01' }, { regionIds: null, year: 2024 })).toMatchObject({
      status: 'at-risk',
      deadlinePassed: false,
    });
    expect(evaluateTarget(index, { ...t, value: 2 }, { regionIds: null, year: 2024 })).toMatchObject({ status: 'achieved' });
  });
});

describe('the evaluation date', () => {
  it('knows whether a year is over and finds the same date a year before', () => {
    const index = indexDocument(buildSmallDocument());
    expect(isYearComplete(index, 2025)).toBe(false);
    expect(isYearComplete(index, 2024)).toBe(true);
    expect(sameDateYearBefore('2025-06-30')).toBe('2024-06-30');
    expect(sameDateYearBefore('2024-02-29')).toBe('2023-02-28');
    expect(sameDateYearBefore('2025-03-01')).toBe('2024-03-01');
  });
});

describe('district targets (regionIds)', () => {
  // Huyện An's own plan: at least 2 advanced communes. A has a1 advanced since 2024 and a2 since 2025 → 2.
  const own = target({ id: 'own-A', area: 'ntm', metric: 'ntm.advanced-or-higher-count', value: 2, regionIds: ['A'], baseline: undefined });
  const doc = buildSmallDocument({ targets: [...SMALL_TARGETS, own] });
  const index = indexDocument(doc);

  it('is judged on its own regions whatever the view', () => {
    const e = evaluateTarget(index, own, { regionIds: null, year: 2025 });
    expect(e.judgedOn).toBe('target-regions');
    expect(e.result).toMatchObject({ value: 2 });
    expect(e.status).toBe('achieved');
    expect(e.selectionResult).toBeUndefined();
  });

  it('stands apart in the province view, outside the province tally', () => {
    const o = buildOverview(index, { regionIds: null, year: 2025 });
    expect(o.groups.map((g) => `${g.owner}:${g.area}`)).toEqual([
      'province:ocop',
      'province:ntm',
      'province:craft-villages',
      'regions:ntm',
    ]);
    expect(o.tally.total).toBe(4);
    expect(o.groups[3]!.tally).toMatchObject({ total: 1, byStatus: { achieved: 1 } });
  });

  it("counts as a selection's target when every one of its regions is selected, and is not shown otherwise", () => {
    expect(targetInView(own, ['A'])).toBe(true);
    expect(targetInView(own, ['A', 'B'])).toBe(true);
    expect(targetInView(own, ['B'])).toBe(false);
    const a = buildOverview(index, { regionIds: ['A'], year: 2025 });
    // Own statuses under A: the percent target judged on A, and A's own target; the three province counts are apart.
    expect(a.tally.total).toBe(2);
    expect(a.provinceTally.total).toBe(3);
    const b = buildOverview(index, { regionIds: ['B'], year: 2025 });
    expect(b.groups.flatMap((g) => g.rows).some((r) => r.evaluation.target.id === 'own-A')).toBe(false);
  });

  it('marks a province count under a filter as judged on the province, with the selection as contribution', () => {
    const o = buildOverview(index, { regionIds: ['B'], year: 2025 });
    const villages = o.groups.flatMap((g) => g.rows).find((r) => r.evaluation.target.id === 'villages')!;
    expect(villages.ownStatus).toBe(false);
    expect(villages.evaluation).toMatchObject({
      judgedOn: 'province',
      result: { value: 1 },
      selectionResult: { value: 0 },
      status: 'achieved',
    });
  });
});

describe('no number in the wrong unit', () => {
  const index = indexDocument(buildSmallDocument());
  it('gives no value, only the cause, when the unit differs from the metric', () => {
    const e = evaluateTarget(index, target({ metric: 'ocop.rated-3plus-share', unit: 'count', value: 7 }), { regionIds: null, year: 2025 });
    expect(e.status).toBe('no-data');
    expect(e.result).toBeUndefined();
    expect(e.noData).toEqual({ kind: 'unit-mismatch', metricUnit: 'percent' });
  });
  it('gives no value for a metric with nothing to count', () => {
    const e = evaluateTarget(index, target({ metric: 'ocop.rated-3plus-share', unit: 'percent' }), { regionIds: null, year: 2021 });
    expect(e).toMatchObject({ status: 'no-data', result: undefined, noData: { kind: 'metric', reason: 'no-rated-products' } });
  });
});

describe('reported values', () => {
  const index = indexDocument(buildSmallDocument());
  const reported = target({
    metric: 'reported',
    comparison: 'atLeast',
    value: 60,
    baseline: undefined,
    reported: { value: 64, asOf: '2025-03-31' },
  });
  it('judge only the years from the year of their own date on', () => {
    expect(evaluateTarget(index, reported, { regionIds: null, year: 2025 })).toMatchObject({ status: 'achieved', result: { value: 64 } });
    expect(evaluateTarget(index, reported, { regionIds: null, year: 2022 })).toMatchObject({
      status: 'no-data',
      result: undefined,
      noData: { kind: 'reported-later', asOf: '2025-03-31' },
    });
  });
  it('are the province’s: under a filter judged on the province with no district contribution', () => {
    const e = evaluateTarget(index, reported, { regionIds: ['B'], year: 2025 });
    expect(e).toMatchObject({ judgedOn: 'province', status: 'achieved', result: { value: 64 } });
    expect(e.selectionResult).toBeUndefined();
  });
});

describe('years offered', () => {
  const index = indexDocument(buildSmallDocument());
  it('shows a year outside the list as the nearest offered year, the later on a tie, and says it moved', () => {
    expect(resolveYear(index, null)).toEqual({ year: 2025, moved: false });
    expect(resolveYear(index, 2021)).toEqual({ year: 2021, moved: false });
    expect(resolveYear(index, 2030)).toEqual({ year: 2025, moved: true });
    expect(resolveYear(index, 1990)).toEqual({ year: 2010, moved: true });
    const gap = indexDocument({ ...buildSmallDocument(), meta: { ...buildSmallDocument().meta, asOf: '2027-06-30' } });
    expect(resolveYear(gap, 2028)).toEqual({ year: 2027, moved: true });
  });
  it('offers no year without records but the as-of year', () => {
    const empty = buildSmallDocument({ craftVillages: [], ocop: { subjects: [], products: [] } });
    const index2 = indexDocument({ ...empty, ntm: { ...empty.ntm, communes: [] } });
    expect(index2.years).toEqual([2025]);
    expect(index2.firstProductYear).toBeUndefined();
  });
});
