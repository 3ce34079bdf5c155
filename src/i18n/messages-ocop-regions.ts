// OCOP products compared across districts, Vietnamese first and English.
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface OcopRegionsMessages {
  regions: {
    heading: Fn<'level'>;
    title: Fn<'level' | 'year'>;
    summary: Fn<'level' | 'n' | 'regions' | 'top' | 'year' | 'zero'>;
    summaryNone: Fn<'level' | 'regions' | 'year'>;
    othersRow: Fn<'count' | 'level'>;
    cappedNote: Fn<'level' | 'mean' | 'rest' | 'shown' | 'sum' | 'total'>;
    button: Fn<'n' | 'name'>;
  };
}

export const OCOP_REGIONS: Pairs<OcopRegionsMessages> = {
  regions: {
    heading: {
      vi: (p) => `So sánh các ${p.level}`,
      en: (p) => `Comparison by ${p.level}`,
    },
    title: {
      vi: (p) => `Sản phẩm OCOP theo ${p.level}, cuối năm ${p.year}`,
      en: (p) => `OCOP products by ${p.level}, end of ${p.year}`,
    },
    summary: {
      vi: (p) =>
        `Cuối năm ${p.year}, ${p.top} có nhiều sản phẩm OCOP nhất (${p.n}); ${Number(p.zero) === 0 ? `${p.level} nào cũng có sản phẩm OCOP` : `${p.zero}/${p.regions} ${p.level} chưa có sản phẩm OCOP nào`}.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.top} had the most OCOP products (${p.n}); ${Number(p.zero) === 0 ? `every ${p.level} had some` : `${p.zero} of the ${count(p.regions, 'area', 'areas')} (${p.level}) had none`}.`,
    },
    summaryNone: {
      vi: (p) => `Cuối năm ${p.year}, chưa ${p.level} nào trong ${p.regions} ${p.level} có sản phẩm OCOP.`,
      en: (p) => `At the end of ${p.year}, none of the ${p.regions} (${p.level}) had an OCOP product.`,
    },
    othersRow: {
      vi: (p) => `Trung bình ${p.count} ${p.level} khác`,
      en: (p) => `Mean of ${count(p.count, 'other', 'others')}`,
    },
    cappedNote: {
      vi: (p) =>
        `Biểu đồ hiện ${p.shown} ${p.level} (nhiều sản phẩm nhất và đang chọn); ${p.rest} ${p.level} còn lại có tổng ${p.sum} sản phẩm, trung bình ${p.mean} sản phẩm mỗi ${p.level} (thanh cuối). Bảng có đủ ${p.total} ${p.level}.`,
      en: (p) =>
        `The chart shows ${p.shown} (${p.level}): those with the most products and those selected; the other ${p.rest} ${isOne(p.rest) ? 'has' : 'have'} ${count(p.sum, 'product', 'products')} in all, a mean of ${p.mean} each (last bar). The table lists all ${p.total}.`,
    },
    button: {
      vi: (p) => `${p.name} (${p.n})`,
      en: (p) => `${p.name} (${p.n})`,
    },
  },
};
