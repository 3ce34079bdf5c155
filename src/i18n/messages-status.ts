// How the targets stand: the statuses, the counts line and the leaders' headline, Vietnamese first and English.
import type { Comparison, TargetArea } from '../contract/values';
import type { TargetStatus } from '../domain/target-status';
import { count } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface StatusMessages {
  status: Record<TargetStatus, string>;
  statusIcon: Record<TargetStatus, string>;
  area: Record<TargetArea, string>;
  comparison: Record<Comparison, Fn<'value', 'max'>>;
  summary: Fn<'achieved' | 'atRisk' | 'noData' | 'offTrack' | 'onTrack' | 'scope' | 'total' | 'year'>;
  summaryNone: string;
  headlineArea: Fn<'achieved' | 'area' | 'total'>;
  headlineFigure: Record<string, Fn<'goal' | 'value'>>;
  headlineProvinceRows: Fn<'count' | 'own'>;
  groupProvinceRows: Fn<'count'>;
  regionGroup: string;
  yearMoved: Fn<'requested' | 'year'>;
  summaryProvinceOwned: Fn<'achieved' | 'atRisk' | 'count' | 'noData' | 'offTrack' | 'onTrack' | 'scope'>;
  summaryRegionTargets: Fn<'achieved' | 'count'>;
}

export const STATUS: Pairs<StatusMessages> = {
  status: {
    achieved: {
      vi: 'Đạt',
      en: 'Achieved',
    },
    'on-track': {
      vi: 'Đúng tiến độ',
      en: 'On track',
    },
    'at-risk': {
      vi: 'Có nguy cơ',
      en: 'At risk',
    },
    'off-track': {
      vi: 'Chưa đạt',
      en: 'Not achieved',
    },
    'no-data': {
      vi: 'Chưa có số liệu',
      en: 'No data yet',
    },
  },
  statusIcon: {
    achieved: {
      vi: '✓',
      en: '✓',
    },
    'on-track': {
      vi: '↗',
      en: '↗',
    },
    'at-risk': {
      vi: '!',
      en: '!',
    },
    'off-track': {
      vi: '✕',
      en: '✕',
    },
    'no-data': {
      vi: '–',
      en: '–',
    },
  },
  area: {
    ocop: {
      vi: 'OCOP',
      en: 'OCOP',
    },
    ntm: {
      vi: 'Nông thôn mới',
      en: 'New rural areas',
    },
    'craft-villages': {
      vi: 'Làng nghề',
      en: 'Craft villages',
    },
  },
  comparison: {
    atLeast: {
      vi: (p) => `ít nhất ${p.value}`,
      en: (p) => `at least ${p.value}`,
    },
    moreThan: {
      vi: (p) => `trên ${p.value}`,
      en: (p) => `more than ${p.value}`,
    },
    atMost: {
      vi: (p) => `không quá ${p.value}`,
      en: (p) => `at most ${p.value}`,
    },
    between: {
      vi: (p) => `từ ${p.value} đến ${p.max}`,
      en: (p) => `${p.value} to ${p.max}`,
    },
  },
  summary: {
    vi: (p) =>
      `${p.achieved}/${p.total} mục tiêu đã đạt, ${p.onTrack} đúng tiến độ, ${p.atRisk} có nguy cơ, ${p.offTrack} chưa đạt, ${p.noData} chưa có số liệu (${p.scope}, năm ${p.year}).`,
    en: (p) =>
      `${p.achieved} of ${count(p.total, 'target', 'targets')} achieved, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} not achieved, ${p.noData} without data (${p.scope}, ${p.year}).`,
  },
  summaryNone: {
    vi: 'Tài liệu không có mục tiêu nào.',
    en: 'The document has no targets.',
  },
  headlineArea: {
    vi: (p) => `${p.area}: ${p.achieved}/${p.total} mục tiêu đã đạt`,
    en: (p) => `${p.area}: ${p.achieved} of ${count(p.total, 'target', 'targets')} achieved`,
  },
  headlineFigure: {
    'ntm.advanced-or-higher-count': {
      vi: (p) => `${p.value} xã nâng cao / kế hoạch ${p.goal}`,
      en: (p) => `${count(p.value, 'advanced commune', 'advanced communes')} of ${p.goal} planned`,
    },
    'ntm.model-count': {
      vi: (p) => `${p.value} xã kiểu mẫu / kế hoạch ${p.goal}`,
      en: (p) => `${count(p.value, 'model commune', 'model communes')} of ${p.goal} planned`,
    },
    'ocop.recognised-count': {
      vi: (p) => `${p.value} sản phẩm OCOP / mục tiêu ${p.goal}`,
      en: (p) => `${count(p.value, 'OCOP product', 'OCOP products')} of ${p.goal} targeted`,
    },
    'craft.villages-with-3plus-product': {
      vi: (p) => `${p.value} làng nghề có sản phẩm 3 sao / mục tiêu ${p.goal}`,
      en: (p) => `${count(p.value, 'craft village', 'craft villages')} with a 3★ product of ${p.goal} targeted`,
    },
  },
  headlineProvinceRows: {
    vi: (p) => `${p.own ? 'và ' : ''}${p.count} mục tiêu số lượng của tỉnh (tính trên toàn tỉnh)`,
    en: (p) => `${p.own ? 'and ' : ''}${count(p.count, 'province count target', 'province count targets')} (judged province-wide)`,
  },
  groupProvinceRows: {
    vi: (p) => `${p.count} mục tiêu của tỉnh`,
    en: (p) => count(p.count, 'province target', 'province targets'),
  },
  regionGroup: {
    vi: 'mục tiêu riêng của huyện',
    en: "districts' own targets",
  },
  yearMoved: {
    vi: (p) => `Tài liệu không có năm ${p.requested}; đang hiển thị năm ${p.year}, năm gần nhất có số liệu.`,
    en: (p) => `The document has no ${p.requested}; showing ${p.year}, the nearest year with data.`,
  },
  summaryProvinceOwned: {
    vi: (p) =>
      `${p.count} mục tiêu số lượng của tỉnh được đánh giá trên toàn tỉnh, không tính cho ${p.scope}: ${p.achieved} đạt, ${p.onTrack} đúng tiến độ, ${p.atRisk} có nguy cơ, ${p.offTrack} chưa đạt, ${p.noData} chưa có số liệu.`,
    en: (p) =>
      `${count(p.count, 'province count target is', 'province count targets are')} judged on the whole province, not counted for ${p.scope}: ${p.achieved} achieved, ${p.onTrack} on track, ${p.atRisk} at risk, ${p.offTrack} not achieved, ${p.noData} without data.`,
  },
  summaryRegionTargets: {
    vi: (p) => `${p.count} mục tiêu riêng của huyện được xếp riêng, ${p.achieved} đã đạt.`,
    en: (p) => `${count(p.count, 'district target', 'district targets')} shown apart, ${p.achieved} achieved.`,
  },
};
