// The craft-village section's strings, Vietnamese first and English, in the shape of the main catalogue.
import type { Locale } from './format';
import { count, isOne } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface CraftMessages {
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
  byRegion: {
    title: Fn<'level'>;
    summary: Fn<'empty' | 'level' | 'regions' | 'top' | 'topValue' | 'withProduct'>;
    none: string;
    region: string;
    recognised: string;
    traditional: string;
    withProduct: string;
    otherRegions: Fn<'count'>;
    filterGroup: Fn<'level'>;
    filterButton: Fn<'name' | 'recognised'>;
  };
  byCraft: {
    title: string;
    summary: Fn<'crafts' | 'top' | 'topTraditional' | 'topValue'>;
    empty: string;
    craft: string;
    recognised: string;
    traditional: string;
    nonTraditional: string;
    otherCrafts: Fn<'count'>;
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

const vi: CraftMessages = {
  heading: 'Làng nghề',
  summary: (p) =>
    `${p.scope ? `${p.scope}: ` : ''}${p.recognised} làng nghề được công nhận, ${p.traditional} làng nghề truyền thống; ${p.withProduct} làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm ${p.year}${p.goal}.`,
  goalRange: (p) => (p.max === undefined ? `${p.value}` : `${p.value}–${p.max}`),
  goalNote: (p) => ` (mục tiêu ${p.goal})`,
  provinceGoalNote: (p) => ` (mục tiêu toàn tỉnh ${p.goal})`,
  groups: { withProduct: 'Làng nghề có sản phẩm OCOP 3 sao trở lên', distribution: (p) => `Theo ${p.level} và theo nghề` },
  byYear: {
    title: 'Làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên, theo năm',
    summary: (p) => `Cuối năm ${p.year} có ${p.value} làng nghề, năm ${p.firstYear} có ${p.firstValue}; ${p.goal}.`,
    noGoal: 'tài liệu không có mục tiêu cho chỉ số này',
    series: 'Làng nghề có sản phẩm OCOP 3 sao trở lên',
    goalPhrase: (p) => `mục tiêu ${p.goal} (hạn ${p.deadline})`,
    goalLine: (p) => `Mục tiêu ${p.goal}`,
    year: 'Năm',
    goal: 'Mục tiêu',
    provinceLabel: 'toàn tỉnh',
  },
  byRegion: {
    title: (p) => `Làng nghề theo ${p.level}`,
    summary: (p) =>
      `${p.top} có nhiều làng nghề được công nhận nhất (${p.topValue}); ${p.withProduct}/${p.regions} ${p.level} có làng nghề có sản phẩm OCOP 3 sao trở lên; ${Number(p.empty) === 0 ? `${p.level} nào cũng có làng nghề được công nhận` : `${p.empty} ${p.level} chưa có làng nghề được công nhận`}.`,
    none: 'Chưa có làng nghề nào được công nhận.',
    region: 'Đơn vị',
    recognised: 'Làng nghề được công nhận',
    traditional: 'Trong đó truyền thống',
    withProduct: 'Có sản phẩm OCOP 3 sao trở lên',
    otherRegions: (p) => `Các đơn vị khác (${p.count})`,
    filterGroup: (p) => `Lọc theo ${p.level}`,
    filterButton: (p) => `${p.name}: ${p.recognised} làng nghề`,
  },
  byCraft: {
    title: 'Làng nghề được công nhận theo nghề',
    summary: (p) => `${p.crafts} nghề; nhiều nhất là ${p.top} (${p.topValue} làng nghề, ${p.topTraditional} làng nghề truyền thống).`,
    empty: 'Chưa có làng nghề nào được công nhận trong phạm vi này.',
    craft: 'Nghề',
    recognised: 'Làng nghề được công nhận',
    traditional: 'Truyền thống',
    nonTraditional: 'Không phải truyền thống',
    otherCrafts: (p) => `Nghề khác (${p.count} nghề)`,
  },
  list: {
    heading: (p) => `Danh sách làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên, cuối năm ${p.year}`,
    empty: (p) => `${p.scope}: chưa có làng nghề nào có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm ${p.year}.`,
    place: (p) => `${p.commune}, ${p.region} · ${p.craft}`,
    product: (p) => `${p.name} (${p.stars} sao)`,
    showAll: (p) => `Xem tất cả ${p.count} làng nghề`,
    showFewer: 'Thu gọn danh sách',
  },
};

const en: CraftMessages = {
  heading: 'Craft villages',
  summary: (p) =>
    `${p.scope ? `${p.scope}: ` : ''}${count(p.recognised, 'recognised craft village', 'recognised craft villages')}, ${p.traditional} traditional; ${count(p.withProduct, 'village', 'villages')} with a producer that has a 3★+ OCOP product at the end of ${p.year}${p.goal}.`,
  goalRange: (p) => (p.max === undefined ? `${p.value}` : `${p.value}–${p.max}`),
  goalNote: (p) => ` (goal ${p.goal})`,
  provinceGoalNote: (p) => ` (province goal ${p.goal})`,
  groups: { withProduct: 'Craft villages with a 3★+ OCOP product', distribution: (p) => `By ${p.level} and by craft` },
  byYear: {
    title: 'Craft villages with a 3★+ OCOP product, by year',
    summary: (p) => `${p.value} at the end of ${p.year}, ${p.firstValue} in ${p.firstYear}; ${p.goal}.`,
    noGoal: 'the document has no target for this measure',
    series: 'Villages with a 3★+ OCOP product',
    goalPhrase: (p) => `goal ${p.goal} (by ${p.deadline})`,
    goalLine: (p) => `Goal ${p.goal}`,
    year: 'Year',
    goal: 'Goal',
    provinceLabel: 'whole province',
  },
  byRegion: {
    title: (p) => `Craft villages by ${p.level}`,
    summary: (p) =>
      `${p.top} has the most recognised craft villages (${p.topValue}); ${p.withProduct} of ${p.regions} have a village with a 3★+ OCOP product; ${Number(p.empty) === 0 ? 'every one has a recognised village' : `${p.empty} ${isOne(p.empty) ? 'has' : 'have'} no recognised village`}.`,
    none: 'No craft village is recognised.',
    region: 'Area',
    recognised: 'Recognised craft villages',
    traditional: 'Of them traditional',
    withProduct: 'With a 3★+ OCOP product',
    otherRegions: (p) => `Other areas (${p.count})`,
    filterGroup: (p) => `Filter by ${p.level}`,
    filterButton: (p) => `${p.name}: ${count(p.recognised, 'village', 'villages')}`,
  },
  byCraft: {
    title: 'Recognised craft villages by craft',
    summary: (p) =>
      `${count(p.crafts, 'craft', 'crafts')}; the largest is ${p.top} (${count(p.topValue, 'village', 'villages')}, ${p.topTraditional} traditional).`,
    empty: 'No craft village is recognised in this area.',
    craft: 'Craft',
    recognised: 'Recognised craft villages',
    traditional: 'Traditional',
    nonTraditional: 'Not traditional',
    otherCrafts: (p) => `Other crafts (${p.count})`,
  },
  list: {
    heading: (p) => `Villages with a producer that has a 3★+ OCOP product, end of ${p.year}`,
    empty: (p) => `${p.scope}: no craft village has a producer with a 3★+ OCOP product at the end of ${p.year}.`,
    place: (p) => `${p.commune}, ${p.region} · ${p.craft}`,
    product: (p) => `${p.name} (${p.stars}★)`,
    showAll: (p) => `Show all ${count(p.count, 'village', 'villages')}`,
    showFewer: 'Show fewer',
  },
};

export const CRAFT_MESSAGES: Record<Locale, CraftMessages> = { vi, en };
