// The first screen's strings: the status strip, the headline naming the targets behind, and the trend's words.
import type { MetricId } from '../domain/metrics';
import { catalogue } from './catalogue';

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

export const GLANCE_MESSAGES = catalogue<GlanceMessages>({
  heading: {
    vi: 'Tình trạng từng mục tiêu',
    en: 'Every target at a glance',
  },
  scope: {
    vi: (p) => `(${p.scope.charAt(0).toLocaleLowerCase('vi') + p.scope.slice(1)}, năm ${p.year})`,
    en: (p) => `(${p.scope}, ${p.year})`,
  },
  shortName: {
    'ocop.rated-3plus-share': {
      vi: 'Sản phẩm đạt 3 sao trở lên',
      en: 'Rated 3★ or more',
    },
    'ocop.recognised-count': {
      vi: 'Sản phẩm OCOP',
      en: 'OCOP products',
    },
    'ocop.five-star-count': {
      vi: '5 sao',
      en: '5★ products',
    },
    'ocop.maintained-upgraded-share': {
      vi: 'Duy trì hoặc nâng hạng',
      en: 'Maintained or upgraded',
    },
    'ocop.subjects-developed-count': {
      vi: 'Chủ thể OCOP',
      en: 'OCOP producers',
    },
    'ocop.modern-channel-subject-share': {
      vi: 'Bán qua kênh hiện đại',
      en: 'Modern sales channels',
    },
    'ntm.ntm-or-higher-count': {
      vi: 'Xã nông thôn mới',
      en: 'New-rural-area communes',
    },
    'ntm.ntm-or-higher-share': {
      vi: 'Tỷ lệ xã nông thôn mới',
      en: 'Share of new-rural-area communes',
    },
    'ntm.advanced-or-higher-count': {
      vi: 'Xã NTM nâng cao',
      en: 'Advanced communes',
    },
    'ntm.advanced-or-higher-share': {
      vi: 'Tỷ lệ xã NTM nâng cao',
      en: 'Share of advanced communes',
    },
    'ntm.model-count': {
      vi: 'Xã NTM kiểu mẫu',
      en: 'Model communes',
    },
    'ntm.model-share': {
      vi: 'Tỷ lệ xã NTM kiểu mẫu',
      en: 'Share of model communes',
    },
    'craft.recognised-count': {
      vi: 'Làng nghề được công nhận',
      en: 'Recognised craft villages',
    },
    'craft.villages-with-3plus-product': {
      vi: 'Làng nghề có sản phẩm 3 sao',
      en: 'Craft villages with a 3★ product',
    },
  },
  behindGroup: {
    'off-track': {
      vi: (p) => `Chưa đạt: ${p.items}`,
      en: (p) => `Not achieved: ${p.items}`,
    },
    'at-risk': {
      vi: (p) => `Có nguy cơ không đạt: ${p.items}`,
      en: (p) => `At risk: ${p.items}`,
    },
  },
  nothingBehind: {
    vi: 'Không có mục tiêu nào chậm tiến độ hay quá hạn.',
    en: 'No target is behind its pace or past its deadline.',
  },
  valueOfGoal: {
    vi: (p) => `${p.value}/${p.goal}`,
    en: (p) => `${p.value}/${p.goal}`,
  },
  provinceValue: {
    vi: 'toàn tỉnh',
    en: 'province',
  },
  ofRegions: {
    vi: (p) => `${p.name} ở ${p.regions}`,
    en: (p) => `${p.name} in ${p.regions}`,
  },
  goalShort: {
    atLeast: {
      vi: (p) => p.value,
      en: (p) => p.value,
    },
    moreThan: {
      vi: (p) => `>${p.value}`,
      en: (p) => `>${p.value}`,
    },
    atMost: {
      vi: (p) => `≤${p.value}`,
      en: (p) => `≤${p.value}`,
    },
    between: {
      vi: (p) => `${p.value}–${p.max}`,
      en: (p) => `${p.value}–${p.max}`,
    },
  },
  trend: {
    vi: (p) => `Diễn biến ${p.from}–${p.to}: ${p.values}; mục tiêu ${p.goal}.`,
    en: (p) => `Trend ${p.from}–${p.to}: ${p.values}; target ${p.goal}.`,
  },
  partialEnd: {
    vi: (p) => `đến ${p.date}`,
    en: (p) => `to ${p.date}`,
  },
  merge: {
    vi: (p) => `Gộp các ${p.level} đã chọn`,
    en: (p) => `Add the selected ${p.level}s together`,
  },
});
