import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { computeMetric, isMetricId, METRIC_IDS, metricOf, METRICS, type MetricResult } from './metrics';

const index = indexDocument(buildSmallDocument());
const value = (r: MetricResult | undefined) => (r?.kind === 'value' ? Math.round(r.value * 100) / 100 : r?.kind);

describe('metrics on the small document (hand-checked)', () => {
  it.each([
    // metric, regions, year, expected (rounded to 2 decimals, or "no-data")
    ['ocop.rated-3plus-share', null, 2025, 75],
    ['ocop.rated-3plus-share', ['A'], 2025, 66.67],
    ['ocop.rated-3plus-share', ['B'], 2025, 100],
    ['ocop.rated-3plus-share', ['C'], 2025, 'no-data'],
    ['ocop.rated-3plus-share', null, 2021, 'no-data'],
    ['ocop.recognised-count', null, 2025, 5],
    ['ocop.recognised-count', null, 2024, 5],
    ['ocop.recognised-count', null, 2023, 4],
    ['ocop.recognised-count', null, 2022, 3],
    ['ocop.recognised-count', null, 2021, 0],
    ['ocop.recognised-count', ['A', 'B'], 2025, 5],
    ['ocop.recognised-count', ['C'], 2025, 0],
    ['ocop.five-star-count', null, 2025, 1],
    ['ocop.five-star-count', null, 2023, 0],
    ['ocop.maintained-upgraded-share', null, 2025, 66.67],
    ['ocop.maintained-upgraded-share', ['B'], 2025, 50],
    ['ocop.maintained-upgraded-share', null, 2023, 'no-data'],
    ['ocop.subjects-developed-count', null, 2025, 3],
    ['ocop.subjects-developed-count', null, 2024, 1],
    ['ocop.subjects-developed-count', null, 2021, 0],
    ['ocop.modern-channel-subject-share', null, 2025, 66.67],
    ['ocop.modern-channel-subject-share', ['A'], 2025, 50],
    ['ocop.modern-channel-subject-share', null, 2021, 'no-data'],
    ['ntm.ntm-or-higher-count', null, 2025, 3],
    ['ntm.ntm-or-higher-share', null, 2025, 100],
    ['ntm.advanced-or-higher-count', null, 2025, 2],
    ['ntm.advanced-or-higher-share', null, 2025, 66.67],
    ['ntm.advanced-or-higher-count', null, 2023, 1],
    ['ntm.model-count', null, 2025, 1],
    ['ntm.model-share', null, 2025, 33.33],
    ['ntm.model-count', null, 2023, 0],
    ['ntm.ntm-or-higher-count', null, 2019, 0],
    ['ntm.advanced-or-higher-share', ['C'], 2025, 'no-data'],
    ['ntm.advanced-or-higher-count', ['B'], 2025, 0],
    ['craft.recognised-count', null, 2025, 2],
    ['craft.villages-with-3plus-product', null, 2025, 1],
    ['craft.villages-with-3plus-product', null, 2022, 1],
    ['craft.villages-with-3plus-product', null, 2021, 0],
    ['craft.villages-with-3plus-product', ['B'], 2025, 0],
  ] as const)('%s for %j in %i = %s', (metric, regions, year, expected) => {
    expect(value(computeMetric(index, metric, { regionIds: regions, year }))).toBe(expected);
  });

  it('gives shares with their parts, so a reason can say "3 of 4"', () => {
    expect(computeMetric(index, 'ocop.rated-3plus-share', { regionIds: null, year: 2025 })).toEqual({
      kind: 'value',
      value: 75,
      unit: 'percent',
      numerator: 3,
      denominator: 4,
    });
  });

  it('ignores region ids the document does not have, and treats an empty selection as the whole province', () => {
    const all = computeMetric(index, 'ocop.recognised-count', { regionIds: [], year: 2025 });
    const unknown = computeMetric(index, 'ocop.recognised-count', { regionIds: ['A', 'Z'], year: 2025 });
    expect(value(all)).toBe(5);
    expect(value(unknown)).toBe(3);
  });

  it('knows every metric the contract documents', () => {
    expect([...METRICS.keys()].sort()).toEqual(
      [
        'craft.recognised-count',
        'craft.villages-with-3plus-product',
        'ntm.advanced-or-higher-count',
        'ntm.advanced-or-higher-share',
        'ntm.model-count',
        'ntm.model-share',
        'ntm.ntm-or-higher-count',
        'ntm.ntm-or-higher-share',
        'ocop.five-star-count',
        'ocop.maintained-upgraded-share',
        'ocop.modern-channel-subject-share',
        'ocop.rated-3plus-share',
        'ocop.recognised-count',
        'ocop.subjects-developed-count',
      ].sort(),
    );
    // One definition for each id of the typed list, and no other.
    expect([...METRICS.keys()].sort()).toEqual([...METRIC_IDS].sort());
    expect(isMetricId('ocop.unknown')).toBe(false);
    expect(metricOf({ metric: 'reported' })).toBeUndefined();
    expect(metricOf({ metric: 'ntm.model-share' })).toBe('ntm.model-share');
  });

  it('offers every year from the earliest dated record to the as-of year', () => {
    // V1 was recognised in 2010 (the earliest date of any record); 2021 has no record but is offered.
    expect(index.years).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(index.firstProductYear).toBe(2022);
  });
  it('offers a year with valid products but no rating, and history years', () => {
    const doc = buildSmallDocument({ craftVillages: [] });
    const years = indexDocument({
      ...doc,
      ntm: { ...doc.ntm, communes: doc.ntm.communes.map((c) => ({ ...c, history: [{ year: 2018, level: 'none' as const }] })) },
    }).years;
    expect(years[0]).toBe(2018);
    expect(years).toContain(2021);
    expect(years[years.length - 1]).toBe(2025);
  });
});
