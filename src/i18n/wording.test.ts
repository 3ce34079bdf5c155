// Wording rules: "toàn tỉnh" mid-sentence, no double negatives for zero, "/ kế hoạch", no nested brackets,
// one phrase for maintained/upgraded.
import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { indexDocument } from '../domain/document-index';
import { buildOverview } from '../domain/overview';
import { describeBehind } from './describe-glance';
import { describeEvaluation } from './describe-target';
import { describeHeadline, describeSummary } from './describe';
import type { Locale } from './format';
import { CATALOGUE } from './messages';
import { CRAFT_MESSAGES } from './messages-craft';
import { GLANCE_MESSAGES } from './messages-glance';
import { NTM_MESSAGES } from './messages-ntm';
import { OCOP_MESSAGES } from './messages-ocop';

/** True when a bracket opens inside another one: "(a (b))". */
function nested(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth > 1) return true;
  }
  return false;
}

describe('no double negative when the count is 0', () => {
  const level = 'huyện/thành phố';
  it.each([
    ['vi', 'huyện/thành phố nào cũng có xã đạt mức này', 'chưa có xã nào'],
    ['en', 'every huyện/thành phố has one at that level', 'have none'],
  ] as const)('NTM by region (%s)', (locale, positive, negative) => {
    const text = NTM_MESSAGES[locale].byRegionSummary({ year: 2025, top: 'Huyện An', n: 5, total: 9, zero: '0', regions: '8', level });
    expect(text).toContain(positive);
    expect(text).not.toContain(negative);
    expect(text).not.toMatch(/\b0\//);
  });

  it.each([
    ['vi', 'huyện/thành phố nào cũng có sản phẩm OCOP', 'nhóm nào cũng có sản phẩm'],
    ['en', 'every huyện/thành phố had some', 'every group had some'],
  ] as const)('OCOP by region and by group (%s)', (locale, regions, groups) => {
    const m = OCOP_MESSAGES[locale];
    expect(m.regions.summary({ year: 2025, top: 'Huyện An', n: 5, zero: '0', regions: '8', level })).toContain(regions);
    expect(m.mix.groupsSummary({ year: 2025, scope: 'toàn tỉnh', top: 'Thực phẩm', n: 3, total: 5, zero: '0', groups: '6' })).toContain(
      groups,
    );
    // Otherwise the count stays.
    expect(m.mix.groupsSummary({ year: 2025, scope: 'toàn tỉnh', top: 'Thực phẩm', n: 3, total: 5, zero: '3', groups: '6' })).toContain(
      '3',
    );
  });

  it.each([
    ['vi', 'huyện/thành phố nào cũng có làng nghề được công nhận'],
    ['en', 'every one has a recognised village'],
  ] as const)('craft by region (%s)', (locale, positive) => {
    const p = { top: 'Huyện An', topValue: '3', withProduct: '2', regions: '8', empty: '0', level };
    expect(CRAFT_MESSAGES[locale].byRegion.summary(p)).toContain(positive);
  });
});

describe('the headline figure: "47 xã nâng cao / kế hoạch 120", no nested brackets', () => {
  it('reads value / plan in Vietnamese', () => {
    expect(CATALOGUE.vi.headlineFigure['ntm.advanced-or-higher-count']!({ value: '47', goal: '120' })).toBe(
      '47 xã nâng cao / kế hoạch 120',
    );
    expect(CATALOGUE.vi.headlineFigure['ntm.model-count']!({ value: '3', goal: '12' })).toBe('3 xã kiểu mẫu / kế hoạch 12');
  });

  const views = [
    ['small', indexDocument(buildSmallDocument())],
    ['national', indexDocument(buildNationalDocument())],
  ] as const;
  for (const [name, index] of views) {
    for (const locale of ['vi', 'en'] as const satisfies readonly Locale[]) {
      it(`${name} document, ${locale}: headline, summary, reasons and the behind list`, () => {
        for (const regionIds of [[], index.regionIds.slice(0, 1)]) {
          for (const year of index.years.slice(-3)) {
            const o = buildOverview(index, { regionIds, year });
            const label = regionIds.length === 0 ? CATALOGUE[locale].wholeProvince : 'Huyện An';
            const evaluations = o.groups.flatMap((g) => g.rows.map((r) => r.evaluation));
            const texts = [
              describeHeadline(o, locale),
              describeSummary(o, locale, label),
              describeBehind(evaluations, locale, (id) => index.doc.regions.find((r) => r.id === id)?.name ?? id),
              ...evaluations.map((e) => describeEvaluation(e, locale, label, year)),
            ];
            for (const text of texts) {
              expect(nested(text), text).toBe(false);
              expect(text, text).not.toMatch(/trên kế hoạch|\S, Toàn tỉnh|\(Toàn tỉnh|, Whole province|\(Whole province/);
            }
          }
        }
      });
    }
  }
});

describe('maintained or upgraded: one phrase in the title, the figure, the chart and the glance', () => {
  it.each([
    ['vi', 'duy trì hoặc nâng hạng'],
    ['en', 'maintained or upgraded'],
  ] as const)('%s', (locale, phrase) => {
    const low = (s: string) => s.toLocaleLowerCase(locale);
    expect(low(GLANCE_MESSAGES[locale].shortName['ocop.maintained-upgraded-share']!)).toBe(phrase);
    expect(low(OCOP_MESSAGES[locale].years.maintainedSeries)).toBe(phrase);
    expect(low(OCOP_MESSAGES[locale].years.maintained)).toContain(phrase.split(' ').slice(-3).join(' '));
    expect(CATALOGUE[locale].metricReason['ocop.maintained-upgraded-share']!({ n: 2, d: 3, due: '2025', value: '66,7%' })).toContain(
      phrase,
    );
  });
});
