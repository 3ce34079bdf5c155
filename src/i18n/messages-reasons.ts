// What a target's figure counted, or why it has none, Vietnamese first and English.
import type { NoDataReason } from '../domain/metrics';
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface ReasonMessages {
  noData: {
    metric: Record<NoDataReason, string>;
    unknownMetric: Fn<'metric'>;
    unitMismatch: string;
    notReported: string;
    reportedLater: Fn<'date' | 'year'>;
  };
  metricReason: Record<string, Fn<never, 'd' | 'due' | 'n' | 'period' | 'value' | 'when'>>;
  reportedReason: Fn<'date' | 'value'>;
}

export const REASONS: Pairs<ReasonMessages> = {
  noData: {
    metric: {
      'no-records': {
        vi: 'Chưa có bản ghi để tính.',
        en: 'No records to count yet.',
      },
      'no-rated-products': {
        vi: 'Không có sản phẩm nào được đánh giá trong năm này.',
        en: 'No products were rated in this year.',
      },
      'no-communes': {
        vi: 'Phạm vi đang chọn không có xã nào có số liệu nông thôn mới.',
        en: 'The selection has no communes with new-rural-area records.',
      },
      'no-subjects': {
        vi: 'Chưa có chủ thể nào có sản phẩm OCOP còn hiệu lực.',
        en: 'No producer has a valid OCOP product yet.',
      },
      'no-due-products': {
        vi: 'Chưa có sản phẩm nào đến hạn đánh giá lại trong năm này tính đến ngày đánh giá.',
        en: 'No product has come up for re-evaluation this year by the evaluation date.',
      },
      'undated-records': {
        vi: 'Một số bản ghi không có ngày nên không tính được đến một ngày cụ thể.',
        en: 'Some records have no date, so they cannot be counted up to a given day.',
      },
    },
    unknownMetric: {
      vi: (p) => `Ứng dụng không biết chỉ số "${p.metric}".`,
      en: (p) => `The app does not know the metric "${p.metric}".`,
    },
    unitMismatch: {
      vi: 'Đơn vị của mục tiêu không khớp với chỉ số (phần trăm so với số lượng).',
      en: "The target's unit does not match the metric (percent against count).",
    },
    notReported: {
      vi: 'Nguồn chưa báo cáo giá trị thực hiện.',
      en: 'The source has not reported a value yet.',
    },
    reportedLater: {
      vi: (p) => `Giá trị báo cáo ngày ${p.date} chỉ dùng cho năm ${p.year} trở đi.`,
      en: (p) => `The value reported on ${p.date} applies from ${p.year} on.`,
    },
  },
  metricReason: {
    'ocop.rated-3plus-share': {
      vi: (p) => `${p.n}/${p.d} sản phẩm đánh giá ${p.period} đạt 3 sao trở lên (${p.value})`,
      en: (p) => `${p.n} of ${count(p.d, 'product', 'products')} rated ${p.period} reached 3★ or more (${p.value})`,
    },
    'ocop.recognised-count': {
      vi: (p) => `${p.value} sản phẩm OCOP (3 sao trở lên) còn hiệu lực ${p.when}`,
      en: (p) => `${count(p.value, 'OCOP product', 'OCOP products')} (3★+) valid ${p.when}`,
    },
    'ocop.five-star-count': {
      vi: (p) => `${p.value} sản phẩm 5 sao ${p.when}`,
      en: (p) => `${count(p.value, 'product', 'products')} with 5★ ${p.when}`,
    },
    'ocop.maintained-upgraded-share': {
      vi: (p) => `${p.n}/${p.d} sản phẩm đến hạn ${p.due} được duy trì hoặc nâng hạng (${p.value})`,
      en: (p) =>
        `${p.n} of ${count(p.d, 'product', 'products')} due ${p.due} ${isOne(p.n) ? 'was' : 'were'} maintained or upgraded (${p.value})`,
    },
    'ocop.subjects-developed-count': {
      vi: (p) => `${p.value} chủ thể có sản phẩm được đánh giá ${p.period}`,
      en: (p) => `${count(p.value, 'producer', 'producers')} had a product rated ${p.period}`,
    },
    'ocop.modern-channel-subject-share': {
      vi: (p) => `${p.n}/${p.d} chủ thể OCOP bán qua kênh hiện đại (${p.value})`,
      en: (p) =>
        `${p.n} of ${count(p.d, 'OCOP producer', 'OCOP producers')} ${isOne(p.n) ? 'sells' : 'sell'} through modern channels (${p.value})`,
    },
    'ntm.ntm-or-higher-count': {
      vi: (p) => `${p.value} xã đạt chuẩn nông thôn mới trở lên ${p.when}`,
      en: (p) => `${count(p.value, 'commune', 'communes')} at new-rural-area standard or higher ${p.when}`,
    },
    'ntm.ntm-or-higher-share': {
      vi: (p) => `${p.n}/${p.d} xã đạt chuẩn nông thôn mới trở lên (${p.value})`,
      en: (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} at new-rural-area standard or higher (${p.value})`,
    },
    'ntm.advanced-or-higher-count': {
      vi: (p) => `${p.value} xã nông thôn mới nâng cao (kể cả kiểu mẫu) ${p.when}`,
      en: (p) => `${count(p.value, 'advanced commune', 'advanced communes')} (model included) ${p.when}`,
    },
    'ntm.advanced-or-higher-share': {
      vi: (p) => `${p.n}/${p.d} xã đạt nông thôn mới nâng cao trở lên (${p.value})`,
      en: (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} advanced or higher (${p.value})`,
    },
    'ntm.model-count': {
      vi: (p) => `${p.value} xã nông thôn mới kiểu mẫu ${p.when}`,
      en: (p) => `${count(p.value, 'model commune', 'model communes')} ${p.when}`,
    },
    'ntm.model-share': {
      vi: (p) => `${p.n}/${p.d} xã đạt nông thôn mới kiểu mẫu (${p.value})`,
      en: (p) => `${p.n} of ${count(p.d, 'commune', 'communes')} at model level (${p.value})`,
    },
    'craft.recognised-count': {
      vi: (p) => `${p.value} làng nghề được công nhận ${p.when}`,
      en: (p) => `${count(p.value, 'recognised craft village', 'recognised craft villages')} ${p.when}`,
    },
    'craft.villages-with-3plus-product': {
      vi: (p) => `${p.value} làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên ${p.when}`,
      en: (p) => `${count(p.value, 'craft village', 'craft villages')} with a 3★+ OCOP producer ${p.when}`,
    },
  },
  reportedReason: {
    vi: (p) => `Giá trị báo cáo: ${p.value} (ngày ${p.date})`,
    en: (p) => `Reported value: ${p.value} (as of ${p.date})`,
  },
};
