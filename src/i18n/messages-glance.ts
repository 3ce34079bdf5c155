// The first screen's strings: the status strip, the headline naming the targets behind, and the trend's words.
import type { MetricId } from '../domain/metrics';
import type { Locale } from './format';

export interface GlanceMessages {
  heading: string;
  /** "(Toàn tỉnh, năm 2025)" */
  scope: (p: { scope: string; year: number }) => string;
  /** Short names by metric, for one-line statuses; a target with another metric shows its own label. */
  shortName: Record<MetricId, string>;
  /** "Chưa đạt: 5 sao (0/1), duy trì hoặc nâng hạng (41,2%/50%)" */
  behindGroup: Record<'off-track' | 'at-risk', (p: { items: string }) => string>;
  nothingBehind: string;
  /** The value against the goal, in the strip and the headline: "0/1", "75%/>80%". */
  valueOfGoal: (p: { value: string; goal: string }) => string;
  /** A province-wide target judged on the province under a district filter. */
  provinceValue: string;
  /** A district's own target among the province's: "Xã NTM nâng cao ở Vũ Thư". */
  ofRegions: (p: { name: string; regions: string }) => string;
  goalShort: {
    atLeast: (p: { value: string }) => string;
    moreThan: (p: { value: string }) => string;
    atMost: (p: { value: string }) => string;
    between: (p: { value: string; max: string }) => string;
  };
  /** The sparkline's accessible description. */
  trend: (p: { from: number; to: number; values: string; goal: string }) => string;
  /** The last year of a trend when it is not over: "đến 30/06/2025". */
  partialEnd: (p: { date: string }) => string;
  /** The switch that adds the selected districts together in the over-the-years charts. */
  merge: (p: { level: string }) => string;
}

const vi: GlanceMessages = {
  heading: 'Tình trạng từng mục tiêu',
  scope: (p) => `(${p.scope.charAt(0).toLocaleLowerCase('vi') + p.scope.slice(1)}, năm ${p.year})`,
  shortName: {
    'ocop.rated-3plus-share': 'Sản phẩm đạt 3 sao trở lên',
    'ocop.recognised-count': 'Sản phẩm OCOP',
    'ocop.five-star-count': '5 sao',
    'ocop.maintained-upgraded-share': 'Duy trì hoặc nâng hạng',
    'ocop.subjects-developed-count': 'Chủ thể OCOP',
    'ocop.modern-channel-subject-share': 'Bán qua kênh hiện đại',
    'ntm.ntm-or-higher-count': 'Xã nông thôn mới',
    'ntm.ntm-or-higher-share': 'Tỷ lệ xã nông thôn mới',
    'ntm.advanced-or-higher-count': 'Xã NTM nâng cao',
    'ntm.advanced-or-higher-share': 'Tỷ lệ xã NTM nâng cao',
    'ntm.model-count': 'Xã NTM kiểu mẫu',
    'ntm.model-share': 'Tỷ lệ xã NTM kiểu mẫu',
    'craft.recognised-count': 'Làng nghề được công nhận',
    'craft.villages-with-3plus-product': 'Làng nghề có sản phẩm 3 sao',
  },
  behindGroup: {
    'off-track': (p) => `Chưa đạt: ${p.items}`,
    'at-risk': (p) => `Có nguy cơ không đạt: ${p.items}`,
  },
  nothingBehind: 'Không có mục tiêu nào chậm tiến độ hay quá hạn.',
  valueOfGoal: (p) => `${p.value}/${p.goal}`,
  provinceValue: 'toàn tỉnh',
  ofRegions: (p) => `${p.name} ở ${p.regions}`,
  goalShort: {
    atLeast: (p) => p.value,
    moreThan: (p) => `>${p.value}`,
    atMost: (p) => `≤${p.value}`,
    between: (p) => `${p.value}–${p.max}`,
  },
  trend: (p) => `Diễn biến ${p.from}–${p.to}: ${p.values}; mục tiêu ${p.goal}.`,
  partialEnd: (p) => `đến ${p.date}`,
  merge: (p) => `Gộp các ${p.level} đã chọn`,
};

const en: GlanceMessages = {
  heading: 'Every target at a glance',
  scope: (p) => `(${p.scope}, ${p.year})`,
  shortName: {
    'ocop.rated-3plus-share': 'Rated 3★ or more',
    'ocop.recognised-count': 'OCOP products',
    'ocop.five-star-count': '5★ products',
    'ocop.maintained-upgraded-share': 'Maintained or upgraded',
    'ocop.subjects-developed-count': 'OCOP producers',
    'ocop.modern-channel-subject-share': 'Modern sales channels',
    'ntm.ntm-or-higher-count': 'New-rural-area communes',
    'ntm.ntm-or-higher-share': 'Share of new-rural-area communes',
    'ntm.advanced-or-higher-count': 'Advanced communes',
    'ntm.advanced-or-higher-share': 'Share of advanced communes',
    'ntm.model-count': 'Model communes',
    'ntm.model-share': 'Share of model communes',
    'craft.recognised-count': 'Recognised craft villages',
    'craft.villages-with-3plus-product': 'Craft villages with a 3★ product',
  },
  behindGroup: {
    'off-track': (p) => `Not achieved: ${p.items}`,
    'at-risk': (p) => `At risk: ${p.items}`,
  },
  nothingBehind: 'No target is behind its pace or past its deadline.',
  valueOfGoal: (p) => `${p.value}/${p.goal}`,
  provinceValue: 'province',
  ofRegions: (p) => `${p.name} in ${p.regions}`,
  goalShort: vi.goalShort,
  trend: (p) => `Trend ${p.from}–${p.to}: ${p.values}; target ${p.goal}.`,
  partialEnd: (p) => `to ${p.date}`,
  merge: (p) => `Add the selected ${p.level}s together`,
};

export const GLANCE_MESSAGES: Record<Locale, GlanceMessages> = { vi, en };
