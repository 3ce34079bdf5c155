// OCOP over the years: products by stars, the rated, 5★ and maintained shares, Vietnamese first and English.
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';

/** A chart's title over the years: "…, 2019–2025". */
type YearsTitle = Fn<'first' | 'last'>;
/** A share in a sentence: n of d (the value) in the scope and year, then the goal part. */
export type ShareSummary = Fn<'d' | 'goal' | 'n' | 'scope' | 'value' | 'year'>;
/** A share with nothing to count, then the goal part. */
export type ShareSummaryNone = Fn<'goal' | 'scope' | 'year'>;

export interface OcopYearsMessages {
  years: {
    heading: string;
    starsTitle: YearsTitle;
    starsSummary: Fn<'five' | 'four' | 'scope' | 'three' | 'total' | 'year'>;
    ratedTitle: YearsTitle;
    ratedSeries: string;
    rated: string;
    ratedThreePlus: string;
    ratedSummary: ShareSummary;
    ratedSummaryNone: ShareSummaryNone;
    noRatings: string;
    noRatingsTick: string;
    fiveTitle: YearsTitle;
    fiveSeries: string;
    fiveSummary: Fn<'goal' | 'scope' | 'value' | 'year'>;
    fiveSummaryScoped: Fn<'goal' | 'province' | 'scope' | 'value' | 'year'>;
    maintainedTitle: YearsTitle;
    maintainedSeries: string;
    due: string;
    maintained: string;
    maintainedSummary: ShareSummary;
    maintainedSummaryNone: ShareSummaryNone;
    noDue: string;
    noDueTick: string;
  };
}

export const OCOP_YEARS: Pairs<OcopYearsMessages> = {
  years: {
    heading: {
      vi: 'Sản phẩm OCOP qua các năm',
      en: 'OCOP products over the years',
    },
    starsTitle: {
      vi: (p) => `Sản phẩm OCOP còn hiệu lực theo số sao, ${p.first}–${p.last}`,
      en: (p) => `Valid OCOP products by stars, ${p.first}–${p.last}`,
    },
    starsSummary: {
      vi: (p) =>
        `Cuối năm ${p.year}, ${p.scope} có ${p.total} sản phẩm OCOP: ${p.three} sản phẩm 3 sao, ${p.four} sản phẩm 4 sao, ${p.five} sản phẩm 5 sao.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.scope} had ${count(p.total, 'OCOP product', 'OCOP products')}: ${p.three} with 3★, ${p.four} with 4★, ${p.five} with 5★.`,
    },
    ratedTitle: {
      vi: (p) => `Tỷ lệ sản phẩm được đánh giá đạt 3 sao trở lên, ${p.first}–${p.last}`,
      en: (p) => `Share of rated products reaching 3★ or more, ${p.first}–${p.last}`,
    },
    ratedSeries: {
      vi: 'Đạt 3 sao trở lên',
      en: '3★ or more',
    },
    rated: {
      vi: 'Sản phẩm được đánh giá',
      en: 'Products rated',
    },
    ratedThreePlus: {
      vi: 'Đạt 3 sao trở lên',
      en: 'Reached 3★ or more',
    },
    ratedSummary: {
      vi: (p) => `Năm ${p.year}, ${p.scope} có ${p.n}/${p.d} sản phẩm được đánh giá đạt 3 sao trở lên (${p.value})${p.goal}.`,
      en: (p) =>
        `In ${p.year}, ${p.n} of ${count(p.d, 'product', 'products')} rated in ${p.scope} reached 3★ or more (${p.value})${p.goal}.`,
    },
    ratedSummaryNone: {
      vi: (p) => `Năm ${p.year}, ${p.scope} không có sản phẩm được đánh giá${p.goal}.`,
      en: (p) => `In ${p.year}, no product was rated in ${p.scope}${p.goal}.`,
    },
    noRatings: {
      vi: 'Không có sản phẩm được đánh giá',
      en: 'No product rated',
    },
    noRatingsTick: {
      vi: '(không có)',
      en: '(none)',
    },
    fiveTitle: {
      vi: (p) => `Sản phẩm 5 sao, ${p.first}–${p.last}`,
      en: (p) => `5★ products, ${p.first}–${p.last}`,
    },
    fiveSeries: {
      vi: 'Sản phẩm 5 sao',
      en: '5★ products',
    },
    fiveSummary: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.value} sản phẩm 5 sao${p.goal}.`,
      en: (p) => `At the end of ${p.year}, ${p.scope} had ${count(p.value, 'product', 'products')} with 5★${p.goal}.`,
    },
    fiveSummaryScoped: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.value} sản phẩm 5 sao, toàn tỉnh có ${p.province}${p.goal}.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.scope} had ${count(p.value, 'product', 'products')} with 5★, the whole province ${p.province}${p.goal}.`,
    },
    maintainedTitle: {
      vi: (p) => `Tỷ lệ sản phẩm được duy trì hoặc nâng hạng khi đánh giá lại, ${p.first}–${p.last}`,
      en: (p) => `Share of products maintained or upgraded on re-evaluation, ${p.first}–${p.last}`,
    },
    maintainedSeries: {
      vi: 'Duy trì hoặc nâng hạng',
      en: 'Maintained or upgraded',
    },
    due: {
      vi: 'Sản phẩm đến hạn đánh giá lại',
      en: 'Products due for re-evaluation',
    },
    maintained: {
      vi: 'Được duy trì hoặc nâng hạng',
      en: 'Maintained or upgraded',
    },
    maintainedSummary: {
      vi: (p) =>
        `Năm ${p.year}, ${p.scope} có ${p.n}/${p.d} sản phẩm đến hạn đánh giá lại được duy trì hoặc nâng hạng (${p.value})${p.goal}.`,
      en: (p) =>
        `In ${p.year}, ${p.n} of ${count(p.d, 'product', 'products')} due for re-evaluation in ${p.scope} ${isOne(p.n) ? 'was' : 'were'} maintained or upgraded (${p.value})${p.goal}.`,
    },
    maintainedSummaryNone: {
      vi: (p) => `Năm ${p.year}, ${p.scope} không có sản phẩm nào đến hạn đánh giá lại${p.goal}.`,
      en: (p) => `In ${p.year}, no product in ${p.scope} was due for re-evaluation${p.goal}.`,
    },
    noDue: {
      vi: 'Không có sản phẩm đến hạn đánh giá lại',
      en: 'No product due for re-evaluation',
    },
    noDueTick: {
      vi: '(không có)',
      en: '(none)',
    },
  },
};
