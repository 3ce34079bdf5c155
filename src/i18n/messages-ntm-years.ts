// NTM over the years: recognitions, progress and shares against the targets, Vietnamese first and English.
import type { NtmSeries } from '../domain/ntm/progress';
import { count } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface NtmYearsMessages {
  yearsHeading: string;
  certTitle: Fn<'first' | 'year'>;
  /** The first year of the per-year chart, which also holds every earlier recognition: "đến 2020". */
  upTo: Fn<'year'>;
  certSummary: Fn<'advanced' | 'model' | 'ntm' | 'scope' | 'tAdvanced' | 'tModel' | 'tNtm' | 'upTo' | 'year'>;
  progressTitle: Fn<'first' | 'year'>;
  progressSummary: Fn<'model' | 'n' | 'share' | 'targets' | 'total' | 'year'>;
  progressSummaryScoped: Fn<'model' | 'n' | 'pn' | 'ptotal' | 'scope' | 'share' | 'targets' | 'total' | 'year'>;
  progressNoRecords: Fn<'pn' | 'ptotal' | 'scope' | 'targets' | 'year'>;
  targetsWhole: Fn<'list'>;
  targetsProvince: Fn<'list'>;
  provinceNote: Fn<'scope'>;
  shareTitle: Fn<'first' | 'year'>;
  sharePart: Record<NtmSeries, Fn<'goal' | 'value'>>;
  shareSummary: Fn<'parts' | 'scope' | 'total' | 'year'>;
  shareNoRecords: Fn<'scope' | 'year'>;
}

export const NTM_YEARS: Pairs<NtmYearsMessages> = {
  yearsHeading: {
    vi: 'Theo năm',
    en: 'By year',
  },
  certTitle: {
    vi: (p) => `Số xã được công nhận mỗi năm, ${p.first}–${p.year}`,
    en: (p) => `Communes recognised each year, ${p.first}–${p.year}`,
  },
  upTo: {
    vi: (p) => `đến ${p.year}`,
    en: (p) => `by ${p.year}`,
  },
  certSummary: {
    vi: (p) =>
      `${p.upTo ? 'Tính đến' : 'Năm'} ${p.year}, ${p.scope} có ${p.ntm} xã được công nhận đạt chuẩn NTM, ${p.advanced} xã đạt NTM nâng cao và ${p.model} xã đạt NTM kiểu mẫu; tổng cộng đến hết năm ${p.year}: ${p.tNtm}, ${p.tAdvanced} và ${p.tModel} xã.`,
    en: (p) =>
      `${p.upTo ? 'By' : 'In'} ${p.year}, ${p.scope} had ${count(p.ntm, 'commune', 'communes')} recognised at new-rural-area level, ${p.advanced} at advanced level and ${p.model} at model level; in all by the end of ${p.year}: ${p.tNtm}, ${p.tAdvanced} and ${p.tModel}.`,
  },
  progressTitle: {
    vi: (p) => `Số xã NTM nâng cao và kiểu mẫu so với mục tiêu, ${p.first}–${p.year}`,
    en: (p) => `Advanced and model communes against the targets, ${p.first}–${p.year}`,
  },
  progressSummary: {
    vi: (p) =>
      `Cuối năm ${p.year}: ${p.n}/${p.total} xã đạt NTM nâng cao trở lên (${p.share}), trong đó ${p.model} xã kiểu mẫu${p.targets}.`,
    en: (p) =>
      `End of ${p.year}: ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher (${p.share}), ${p.model} of them at model level${p.targets}.`,
  },
  progressSummaryScoped: {
    vi: (p) =>
      `Cuối năm ${p.year}: ${p.scope} có ${p.n}/${p.total} xã đạt NTM nâng cao trở lên (${p.share}), trong đó ${p.model} xã kiểu mẫu; toàn tỉnh ${p.pn}/${p.ptotal} xã${p.targets}.`,
    en: (p) =>
      `End of ${p.year}: ${p.scope} has ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher (${p.share}), ${p.model} of them at model level; the whole province ${p.pn} of ${p.ptotal}${p.targets}.`,
  },
  progressNoRecords: {
    vi: (p) =>
      `Cuối năm ${p.year}: ${p.scope} không có xã nào có số liệu nông thôn mới; toàn tỉnh ${p.pn}/${p.ptotal} xã đạt NTM nâng cao trở lên${p.targets}.`,
    en: (p) =>
      `End of ${p.year}: ${p.scope} has no commune with new-rural-area records; the whole province has ${p.pn} of ${count(p.ptotal, 'commune', 'communes')} advanced or higher${p.targets}.`,
  },
  targetsWhole: {
    vi: (p) => `; mục tiêu: ${p.list}`,
    en: (p) => `; target: ${p.list}`,
  },
  targetsProvince: {
    vi: (p) => `; mục tiêu toàn tỉnh: ${p.list}`,
    en: (p) => `; province-wide target: ${p.list}`,
  },
  provinceNote: {
    vi: (p) =>
      `Mục tiêu là chỉ tiêu của toàn tỉnh: đường mục tiêu là của toàn tỉnh, cột là phần đóng góp của ${p.scope}; số của toàn tỉnh có trong bảng.`,
    en: (p) =>
      `The targets are province-wide: the target lines are for the whole province, the bars are the contribution of ${p.scope}; the table also gives the province's own numbers.`,
  },
  shareTitle: {
    vi: (p) => `Tỷ lệ xã đạt chuẩn so với mục tiêu, ${p.first}–${p.year}`,
    en: (p) => `Share of communes at each level against the targets, ${p.first}–${p.year}`,
  },
  sharePart: {
    ntmOrHigher: {
      vi: (p) => `${p.value} xã đạt chuẩn NTM trở lên (mục tiêu ${p.goal})`,
      en: (p) => `${p.value} at new-rural-area level or higher (target ${p.goal})`,
    },
    advancedOrHigher: {
      vi: (p) => `${p.value} xã đạt NTM nâng cao trở lên (mục tiêu ${p.goal})`,
      en: (p) => `${p.value} advanced or higher (target ${p.goal})`,
    },
    model: {
      vi: (p) => `${p.value} xã đạt NTM kiểu mẫu (mục tiêu ${p.goal})`,
      en: (p) => `${p.value} at model level (target ${p.goal})`,
    },
  },
  shareSummary: {
    vi: (p) => `Cuối năm ${p.year}, ${p.scope}: ${p.parts} trên tổng số ${p.total} xã.`,
    en: (p) => `End of ${p.year}, ${p.scope}: ${p.parts} of ${count(p.total, 'commune', 'communes')}.`,
  },
  shareNoRecords: {
    vi: (p) => `Cuối năm ${p.year}: ${p.scope} không có xã nào có số liệu nông thôn mới nên chưa tính được tỷ lệ.`,
    en: (p) => `End of ${p.year}: ${p.scope} has no commune with new-rural-area records, so there is no share to show.`,
  },
};
