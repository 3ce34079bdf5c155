// The craft-village section's messages, Vietnamese first and English: the summary, by year and the list, and its parts.
import { count } from './plural';
import { CRAFT_DISTRIBUTION, type CraftDistributionMessages } from './messages-craft-distribution';
import { catalogue, type Fn } from './catalogue';

export interface CraftMessages extends CraftDistributionMessages {
  heading: string;
  /** p: recognised, traditional, withProduct, year, goal ('' when there is none), scope ('' for the whole province). */
  summary: Fn<'goal' | 'recognised' | 'scope' | 'traditional' | 'withProduct' | 'year'>;
  goalRange: Fn<'max' | 'value'>;
  goalNote: Fn<'goal'>;
  provinceGoalNote: Fn<'goal'>;
  groups: { withProduct: string; distribution: Fn<'level'> };
  byYear: {
    title: string;
    summary: Fn<'firstValue' | 'firstYear' | 'goal' | 'value' | 'year'>;
    noGoal: string;
    series: string;
    goalPhrase: Fn<'deadline' | 'goal'>;
    goalLine: Fn<'goal'>;
    year: string;
    goal: string;
    provinceLabel: string;
  };
  list: {
    heading: Fn<'year'>;
    empty: Fn<'scope' | 'year'>;
    place: Fn<'commune' | 'craft' | 'region'>;
    product: Fn<'name' | 'stars'>;
    showAll: Fn<'count'>;
    showFewer: string;
  };
}

export const CRAFT_MESSAGES = catalogue<CraftMessages>({
  ...CRAFT_DISTRIBUTION,
  heading: {
    vi: 'Làng nghề',
    en: 'Craft villages',
  },
  summary: {
    vi: (p) =>
      `${p.scope ? `${p.scope}: ` : ''}${p.recognised} làng nghề được công nhận, ${p.traditional} làng nghề truyền thống; ${p.withProduct} làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm ${p.year}${p.goal}.`,
    en: (p) =>
      `${p.scope ? `${p.scope}: ` : ''}${count(p.recognised, 'recognised craft village', 'recognised craft villages')}, ${p.traditional} traditional; ${count(p.withProduct, 'village', 'villages')} with a producer that has a 3★+ OCOP product at the end of ${p.year}${p.goal}.`,
  },
  goalRange: {
    vi: (p) => (p.max === undefined ? `${p.value}` : `${p.value}–${p.max}`),
    en: (p) => (p.max === undefined ? `${p.value}` : `${p.value}–${p.max}`),
  },
  goalNote: {
    vi: (p) => ` (mục tiêu ${p.goal})`,
    en: (p) => ` (goal ${p.goal})`,
  },
  provinceGoalNote: {
    vi: (p) => ` (mục tiêu toàn tỉnh ${p.goal})`,
    en: (p) => ` (province goal ${p.goal})`,
  },
  groups: {
    withProduct: {
      vi: 'Làng nghề có sản phẩm OCOP 3 sao trở lên',
      en: 'Craft villages with a 3★+ OCOP product',
    },
    distribution: {
      vi: (p) => `Theo ${p.level} và theo nghề`,
      en: (p) => `By ${p.level} and by craft`,
    },
  },
  byYear: {
    title: {
      vi: 'Làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên, theo năm',
      en: 'Craft villages with a 3★+ OCOP product, by year',
    },
    summary: {
      vi: (p) => `Cuối năm ${p.year} có ${p.value} làng nghề, năm ${p.firstYear} có ${p.firstValue}; ${p.goal}.`,
      en: (p) => `${p.value} at the end of ${p.year}, ${p.firstValue} in ${p.firstYear}; ${p.goal}.`,
    },
    noGoal: {
      vi: 'tài liệu không có mục tiêu cho chỉ số này',
      en: 'the document has no target for this measure',
    },
    series: {
      vi: 'Làng nghề có sản phẩm OCOP 3 sao trở lên',
      en: 'Villages with a 3★+ OCOP product',
    },
    goalPhrase: {
      vi: (p) => `mục tiêu ${p.goal} (hạn ${p.deadline})`,
      en: (p) => `goal ${p.goal} (by ${p.deadline})`,
    },
    goalLine: {
      vi: (p) => `Mục tiêu ${p.goal}`,
      en: (p) => `Goal ${p.goal}`,
    },
    year: {
      vi: 'Năm',
      en: 'Year',
    },
    goal: {
      vi: 'Mục tiêu',
      en: 'Goal',
    },
    provinceLabel: {
      vi: 'toàn tỉnh',
      en: 'whole province',
    },
  },
  list: {
    heading: {
      vi: (p) => `Danh sách làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên, cuối năm ${p.year}`,
      en: (p) => `Villages with a producer that has a 3★+ OCOP product, end of ${p.year}`,
    },
    empty: {
      vi: (p) => `${p.scope}: chưa có làng nghề nào có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm ${p.year}.`,
      en: (p) => `${p.scope}: no craft village has a producer with a 3★+ OCOP product at the end of ${p.year}.`,
    },
    place: {
      vi: (p) => `${p.commune}, ${p.region} · ${p.craft}`,
      en: (p) => `${p.commune}, ${p.region} · ${p.craft}`,
    },
    product: {
      vi: (p) => `${p.name} (${p.stars} sao)`,
      en: (p) => `${p.name} (${p.stars}★)`,
    },
    showAll: {
      vi: (p) => `Xem tất cả ${p.count} làng nghề`,
      en: (p) => `Show all ${count(p.count, 'village', 'villages')}`,
    },
    showFewer: {
      vi: 'Thu gọn danh sách',
      en: 'Show fewer',
    },
  },
});
