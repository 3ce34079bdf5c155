// Every over-the-years series ends at the selected year: the small document viewed at 2022 (hand-checked).
import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { yearsUpTo } from './chart-years';
import { withProductByYear } from './craft/by-year';
import { craftGoal } from './craft/totals';
import { districtSeries, districtYears } from './district-series';
import { indexDocument } from './document-index';
import { certificationsByYear } from './ntm/certifications';
import { progressByYear } from './ntm/progress';
import { ntmYears } from './ntm/years';
import { ocopYearRows, ocopYears } from './ocop/by-year';
import { targetTrend } from './target-glance';
import { evaluateTarget } from './target-status';

const index = indexDocument(buildSmallDocument());

describe('yearsUpTo', () => {
  it.each([
    [2020, 2022, Infinity, [2020, 2021, 2022]],
    [2024, 2022, Infinity, [2022]], // starts after the selected year: the year alone
    [undefined, 2022, Infinity, [2022]],
    [2000, 2022, 3, [2020, 2021, 2022]], // at most 3, the latest
  ] as const)('from %s to %i (max %s)', (first, year, max, expected) => {
    expect(yearsUpTo(first, year, max)).toEqual(expected);
  });
});

describe('the small document at 2022: no series goes past 2022', () => {
  it('OCOP: 2022 only (the first recognised year), 2 products 3★ (P2, P6) and 1 product 4★ (P7)', () => {
    const years = ocopYears(index, 2022);
    expect(years).toEqual([2022]);
    const rows = ocopYearRows(index, null, years);
    expect(rows.map((r) => [r.year, r.three, r.four, r.five, r.total, r.rated, r.ratedThreePlus])).toEqual([[2022, 2, 1, 0, 3, 1, 1]]);
  });

  it('NTM: 2020–2022; the 2020 row holds the three NTM recognitions and is flagged "by 2020"', () => {
    const years = ntmYears(index, 2022);
    expect(years).toEqual([2020, 2021, 2022]);
    expect(certificationsByYear(index, null, years)).toEqual([
      { year: 2020, upTo: true, ntm: 3, advanced: 0, model: 0 },
      { year: 2021, ntm: 0, advanced: 0, model: 0 },
      { year: 2022, ntm: 0, advanced: 0, model: 0 },
    ]);
    expect(progressByYear(index, null, years).map((r) => [r.year, r.ntmOrHigher, r.advancedOrHigher, r.model])).toEqual([
      [2020, 3, 0, 0],
      [2021, 3, 0, 0],
      [2022, 3, 0, 0],
    ]);
  });

  it('craft villages: 2022 only (the first product year), V1 has P2 (3★ since 2022)', () => {
    expect(withProductByYear(index, null, 2022)).toEqual([{ year: 2022, withProduct: 1 }]);
    expect(craftGoal(index, 2022)?.id).toBe('villages');
  });

  it('per-district lines: the document’s years 2010–2022; A’s and B’s NTM communes (a1, a2; b1) counted from 2020', () => {
    const years = districtYears(index, 2022);
    expect(years[0]).toBe(2010); // V1 recognised 2010
    expect(years.at(-1)).toBe(2022);
    const s = districtSeries(index, 'ntm.ntm-or-higher-count', ['A', 'B'], years);
    // Leading years with nothing are dropped but the last one (2019), as the lines rise from nothing.
    expect(s.rows.map((r) => [r.year, ...r.values])).toEqual([
      [2019, 0, 0],
      [2020, 2, 1],
      [2021, 2, 1],
      [2022, 2, 1],
    ]);
  });

  it('target card trends stop at 2022: the rated-3★ share, 100 % (P6, the only product rated up to 2022)', () => {
    const t = index.doc.targets.find((x) => x.id === 'rated')!;
    const scope = { regionIds: [], year: 2022 };
    const points = targetTrend(index, evaluateTarget(index, t, scope), scope);
    expect(points.map((p) => [p.year, p.value])).toEqual([[2022, 100]]);
  });
});
