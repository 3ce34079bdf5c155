import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import { advancedRow } from '../../mocks/fixtures/target-row';
import { indexDocument } from '../domain/document-index';
import type { TargetRow } from '../domain/overview';
import { evaluateTarget } from '../domain/target-status';
import { describeChange } from './describe-change';
import { describeEvaluation, describeGoal, formatValue } from './describe-target';
import { describeHeadline, describeSummary } from './describe';
import { describeProblem } from './describe-problem';
import { formatters } from './format';

const index = indexDocument(buildSmallDocument());

describe('locale formats', () => {
  it('writes vi-VN numbers and dates (1.234,5 and 29/11/2026) and English ones', () => {
    expect(formatters('vi').number(1234.5)).toBe('1.234,5');
    expect(formatters('vi').date('2026-11-29')).toBe('29/11/2026');
    expect(formatters('en').number(1234.5)).toBe('1,234.5');
    expect(formatters('en').date('2026-11-29')).toBe('29 Nov 2026');
    expect(formatValue(82.25, 'percent', 'vi')).toBe('82,3%');
  });
  it('sorts Vietnamese names in Vietnamese order (Đ after D)', () => {
    expect(['Đông Xá', 'Dũng Nghĩa', 'An Ninh', 'Ân Thi'].sort(formatters('vi').compare)).toEqual([
      'An Ninh',
      'Ân Thi',
      'Dũng Nghĩa',
      'Đông Xá',
    ]);
  });
});

describe('reasons in words', () => {
  it.each([
    ['rated', 'en', '3 of 4 products rated in 2025 (by 30 Jun 2025) reached 3★ or more (75%); target: more than 80%.'],
    [
      'advanced',
      'vi',
      '2 xã nông thôn mới nâng cao (kể cả kiểu mẫu) đến 30/06/2025; mục tiêu: ít nhất 4; theo tiến độ cần khoảng 3 đến 30/06/2025.',
    ],
    ['rated', 'vi', '3/4 sản phẩm đánh giá năm 2025 (đến 30/06/2025) đạt 3 sao trở lên (75%); mục tiêu: trên 80%.'],
    ['villages', 'en', '1 craft village with a 3★+ OCOP producer by 30 Jun 2025; target: 1 to 2.'],
  ] as const)('%s in %s', (id, locale, text) => {
    const t = SMALL_TARGETS.find((x) => x.id === id)!;
    expect(describeEvaluation(evaluateTarget(index, t, { regionIds: null, year: 2025 }), locale, 'Toàn tỉnh', 2025)).toBe(text);
  });

  it('says when there is nothing to count', () => {
    const e = evaluateTarget(index, SMALL_TARGETS[0]!, { regionIds: null, year: 2021 });
    expect(describeEvaluation(e, 'vi', 'Toàn tỉnh', 2021)).toBe('Không có sản phẩm nào được đánh giá trong năm này.');
  });

  it('describes goals', () => {
    expect(describeGoal({ ...SMALL_TARGETS[3]!, value: 60, valueMax: 70 }, 'vi')).toBe('từ 60 đến 70');
  });

  it('says "cuối năm" only for a year that is over', () => {
    const t = SMALL_TARGETS.find((x) => x.id === 'advanced')!;
    expect(describeEvaluation(evaluateTarget(index, t, { regionIds: null, year: 2024 }), 'vi', 'Toàn tỉnh', 2024)).toMatch(
      /^2 xã nông thôn mới nâng cao \(kể cả kiểu mẫu\) cuối năm 2024;/,
    );
  });
});

describe('document problems in words', () => {
  it('gives the path, the rule and what was found', () => {
    expect(
      describeProblem(
        { path: ['ocop', 'products', 12, 'stars'], code: 'range', params: { min: 1, max: 5 }, received: 7, hasReceived: true },
        'vi',
      ),
    ).toEqual({
      path: 'ocop.products[12].stars',
      message: 'phải từ 1 đến 5, nhận được 7',
    });
    expect(describeProblem({ path: ['meta', 'asOf'], code: 'required', params: {}, hasReceived: false }, 'en')).toEqual({
      path: 'meta.asOf',
      message: 'required field is missing',
    });
  });
});

describe('the headline for leaders', () => {
  it('says per area how many targets are met and the headline figure against its goal', async () => {
    const { buildOverview } = await import('../domain/overview');
    const o = buildOverview(index, { regionIds: null, year: 2025 });
    expect(describeHeadline(o, 'vi')).toBe(
      'OCOP: 1/2 mục tiêu đã đạt; Nông thôn mới: 0/1 mục tiêu đã đạt (2 xã nâng cao / kế hoạch 4); Làng nghề: 1/1 mục tiêu đã đạt (1 làng nghề có sản phẩm 3 sao / mục tiêu từ 1 đến 2).',
    );
    expect(describeHeadline(o, 'en')).toContain('New rural areas: 0 of 1 target achieved (2 advanced communes of 4 planned)');
  });
});

describe('the change against last year, on the basis the domain chose', () => {
  const row = (patch: Partial<TargetRow>) => advancedRow(index, patch);
  it('counts a stock since the end of last year', () => {
    // 2 advanced communes by 30/06/2025 against 1 at the end of 2024.
    expect(describeChange(row({ previous: { kind: 'value', value: 1, unit: 'count' } }), 'vi')).toBe('+1 so với cuối năm 2024');
    expect(describeChange(row({ previous: { kind: 'value', value: 2, unit: 'count' } }), 'en')).toBe('no change from the previous year');
    expect(describeChange(row({ previous: { kind: 'no-data', reason: 'no-communes' } }), 'vi')).toBeUndefined();
  });
  it('compares a flow with the same date last year, or shows last year whole, labelled, without a difference', () => {
    const prev = { kind: 'value', value: 5, unit: 'count' } as const;
    expect(describeChange(row({ previous: prev, previousBasis: 'same-date', previousUntil: '2024-06-30' }), 'vi')).toBe(
      '−3 so với cùng kỳ năm 2024 (5 đến 30/06/2024)',
    );
    expect(describeChange(row({ previous: prev, previousBasis: 'whole-year' }), 'vi')).toBe(
      'Cả năm 2024: 5 (năm 2025 mới tính đến 30/06/2025)',
    );
  });
});

describe('the change of a province count under a filter', () => {
  it('is the selection’s part, and says so', async () => {
    const { buildOverview } = await import('../domain/overview');
    const o = buildOverview(index, { regionIds: ['A'], year: 2025 });
    const advanced = o.groups.flatMap((g) => g.rows).find((r) => r.evaluation.target.id === 'advanced')!;
    // Judged on the province (2 advanced by 30/06/2025); Huyện An's part is compared with its own last year.
    expect(advanced.evaluation.judgedOn).toBe('province');
    expect(advanced.evaluation.selectionResult?.kind).toBe('value');
    const change = describeChange(advanced, 'vi', 'Huyện An');
    expect(change).toMatch(/^Huyện An — (không đổi|[+−]\d+) so với/);
    // Without a filter the change is the shown figure's own, with nothing in front.
    expect(describeChange({ ...advanced, evaluation: { ...advanced.evaluation, judgedOn: 'selection' } }, 'vi', 'Huyện An')).not.toContain(
      'Huyện An',
    );
  });
});

describe('the headline and counts under a district filter', () => {
  it('counts only what is judged on the selection and names the province counts apart', async () => {
    const { buildOverview } = await import('../domain/overview');
    const o = buildOverview(index, { regionIds: ['B'], year: 2025 });
    // Under Huyện Bình: "rated" (a share) is judged on Bình, 1/1 rated there reached 3★ → achieved; the
    // three counts (five, advanced, villages) stay the province's.
    expect(describeHeadline(o, 'vi')).toBe(
      'OCOP: 1/1 mục tiêu đã đạt và 1 mục tiêu số lượng của tỉnh (tính trên toàn tỉnh); Nông thôn mới: 1 mục tiêu số lượng của tỉnh (tính trên toàn tỉnh); Làng nghề: 1 mục tiêu số lượng của tỉnh (tính trên toàn tỉnh).',
    );
    expect(describeSummary(o, 'en', 'Huyện Bình')).toBe(
      '1 of 1 target achieved, 0 on track, 0 at risk, 0 not achieved, 0 without data (Huyện Bình, 2025, by 30 Jun 2025). 3 province count targets are judged on the whole province, not counted for Huyện Bình: 2 achieved, 0 on track, 1 at risk, 0 not achieved, 0 without data.',
    );
  });
});
