import { describe, expect, it } from 'vitest';
import type { Target } from '../contract/targets';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { evaluateTarget, evaluateTargets, evaluationDate, expectedAt, meets, tallyStatuses } from './target-status';

const index = indexDocument(buildSmallDocument());
const whole2025 = { regionIds: null, year: 2025 };
const base = SMALL_TARGETS[1]!;
const target = (patch: Partial<Target>): Target => ({ ...base, ...patch });

describe('meets', () => {
  it.each([
    ['atLeast', 5, undefined, 5, true, false],
    ['atLeast', 5, undefined, 4.99, false, false],
    ['moreThan', 80, undefined, 80, false, false],
    ['moreThan', 80, undefined, 80.01, true, false],
    ['atMost', 0, undefined, 0, true, false],
    ['atMost', 0, undefined, 1, false, false],
    ['between', 60, 70, 59, false, false],
    ['between', 60, 70, 60, true, false],
    ['between', 60, 70, 70, true, false],
    ['between', 60, 70, 71, true, true],
    ['atLeast', 0, undefined, 0, true, false],
  ] as const)('%s %d–%s with %d → ok %s, above %s', (comparison, v, max, x, ok, above) => {
    expect(meets({ comparison, value: v, valueMax: max }, x)).toEqual({ ok, above });
  });
});

describe('expectedAt (straight-line pace)', () => {
  it('is undefined without a baseline', () => {
    expect(expectedAt(target({ baseline: undefined }), '2024-01-01')).toBeUndefined();
  });
  it('runs from baseline to target between baseline date and deadline', () => {
    // 0 on 2021-12-31 → 4 on 2025-12-31; 2025-06-30 is 1277 of 1461 days in.
    const t = target({ value: 4, baseline: { value: 0, date: '2021-12-31' } });
    expect(expectedAt(t, '2025-06-30')).toBeCloseTo((4 * 1277) / 1461, 6);
    expect(expectedAt(t, '2020-01-01')).toBe(0);
    expect(expectedAt(t, '2027-01-01')).toBe(4);
  });
});

describe('evaluateTarget on the small document', () => {
  it('judges the fixture targets for the whole province in 2025', () => {
    const byId = Object.fromEntries(evaluateTargets(index, whole2025).map((e) => [e.target.id, e]));
    // 3 of 4 rated in 2025 reached 3★ = 75 %, not more than 80 %, no baseline → at risk.
    expect(byId.rated?.status).toBe('at-risk');
    expect(byId.rated?.result).toMatchObject({ value: 75, numerator: 3, denominator: 4 });
    // one 5★ product (P5) → achieved.
    expect(byId.five?.status).toBe('achieved');
    // 2 advanced of 4 planned; the pace expects 3.50 by 30/06/2025 → at risk.
    expect(byId.advanced?.status).toBe('at-risk');
    expect(byId.advanced?.expected).toBeCloseTo(3.496, 3);
    // one village with a 3★ product, target 1–2 → achieved.
    expect(byId.villages?.status).toBe('achieved');
    expect(tallyStatuses(Object.values(byId)).byStatus).toEqual({ achieved: 2, 'on-track': 0, 'at-risk': 2, 'off-track': 0, 'no-data': 0 });
  });

  it('is on track when ahead of the pace', () => {
    // baseline 1 on 2024-12-31 → 3 on 2025-12-31: by 2025-06-30 the pace expects 1.99; 2 advanced communes.
    const t = target({ metric: 'ntm.advanced-or-higher-count', value: 3, baseline: { value: 1, date: '2024-12-31' } });
    const e = evaluateTarget(index, t, whole2025);
    expect(e.status).toBe('on-track');
    expect(e.expected).toBeCloseTo(1 + (2 * 181) / 365, 6);
  });

  it('is off track when the deadline has passed unmet', () => {
    const t = target({ metric: 'ntm.advanced-or-higher-count', value: 3, deadline: '2024-12-31' });
    expect(evaluateTarget(index, t, whole2025)).toMatchObject({ status: 'off-track', deadlinePassed: true });
  });

  it('a target of 0 is achieved by a value of 0', () => {
    const t = target({ metric: 'ocop.five-star-count', comparison: 'atLeast', value: 0 });
    expect(evaluateTarget(index, t, { regionIds: null, year: 2023 }).status).toBe('achieved');
    const more = target({ metric: 'ocop.five-star-count', comparison: 'moreThan', value: 0, baseline: { value: 0, date: '2021-12-31' } });
    // 0 five-star products at end 2023, pace from 0 to 0 expects 0 → on track, not achieved.
    expect(evaluateTarget(index, more, { regionIds: null, year: 2023 }).status).toBe('on-track');
  });

  it('counts a value above a "between" range as achieved, and says so', () => {
    const t = target({ metric: 'ocop.recognised-count', comparison: 'between', value: 1, valueMax: 2 });
    expect(evaluateTarget(index, t, whole2025)).toMatchObject({ status: 'achieved', aboveRange: true });
  });

  it('has no data for a year with no ratings', () => {
    const e = evaluateTarget(index, SMALL_TARGETS[0]!, { regionIds: null, year: 2021 });
    expect(e).toMatchObject({ status: 'no-data', noData: { kind: 'metric', reason: 'no-rated-products' } });
  });

  it('has no data for a region with no communes on a percent target', () => {
    const e = evaluateTarget(index, SMALL_TARGETS[0]!, { regionIds: ['C'], year: 2025 });
    expect(e).toMatchObject({ status: 'no-data', judgedOn: 'selection' });
  });

  it('refuses to compare a percent target with a count metric', () => {
    const t = target({ metric: 'ocop.recognised-count', unit: 'percent', value: 50 });
    expect(evaluateTarget(index, t, whole2025)).toMatchObject({
      status: 'no-data',
      noData: { kind: 'unit-mismatch', metricUnit: 'count' },
    });
  });

  it('says which metric it does not know', () => {
    const t = target({ metric: 'ocop.unknown' });
    expect(evaluateTarget(index, t, whole2025)).toMatchObject({
      status: 'no-data',
      noData: { kind: 'unknown-metric', metric: 'ocop.unknown' },
    });
  });

  it('uses a reported value when the records cannot compute the metric', () => {
    const t = target({ metric: 'reported', comparison: 'between', value: 60, valueMax: 70, reported: { value: 64, asOf: '2025-06-30' } });
    expect(evaluateTarget(index, t, whole2025)).toMatchObject({ status: 'achieved', result: { value: 64 } });
    expect(evaluateTarget(index, { ...t, reported: undefined }, whole2025)).toMatchObject({
      status: 'no-data',
      noData: { kind: 'not-reported' },
    });
  });

  it('judges count targets on the province under a region filter, with the selection as contribution', () => {
    const e = evaluateTarget(index, SMALL_TARGETS[2]!, { regionIds: ['B'], year: 2025 });
    expect(e.judgedOn).toBe('province');
    expect(e.result).toMatchObject({ value: 2 });
    expect(e.selectionResult).toMatchObject({ value: 0 });
  });

  it('judges percent targets on the selection', () => {
    const e = evaluateTarget(index, SMALL_TARGETS[0]!, { regionIds: ['B'], year: 2025 });
    expect(e).toMatchObject({ judgedOn: 'selection', status: 'achieved', result: { value: 100, numerator: 1, denominator: 1 } });
  });

  it('evaluates a past year at its last day, the as-of year at the as-of date', () => {
    expect(evaluationDate(index, 2023)).toBe('2023-12-31');
    expect(evaluationDate(index, 2025)).toBe('2025-06-30');
  });
});
