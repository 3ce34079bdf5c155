// Craft villages by district and by craft, Vietnamese first and English.
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface CraftDistributionMessages {
  byRegion: {
    title: Fn<'level'>;
    summary: Fn<'empty' | 'level' | 'regions' | 'top' | 'topValue' | 'withProduct'>;
    none: string;
    region: string;
    recognised: string;
    traditional: string;
    withProduct: string;
    otherRegions: Fn<'count'>;
    cappedNote: Fn<'level' | 'rest' | 'shown' | 'total'>;
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
}

export const CRAFT_DISTRIBUTION: Pairs<CraftDistributionMessages> = {
  byRegion: {
    title: {
      vi: (p) => `Làng nghề theo ${p.level}`,
      en: (p) => `Craft villages by ${p.level}`,
    },
    summary: {
      vi: (p) =>
        `${p.top} có nhiều làng nghề được công nhận nhất (${p.topValue}); ${p.withProduct}/${p.regions} ${p.level} có làng nghề có sản phẩm OCOP 3 sao trở lên; ${Number(p.empty) === 0 ? `${p.level} nào cũng có làng nghề được công nhận` : `${p.empty} ${p.level} chưa có làng nghề được công nhận`}.`,
      en: (p) =>
        `${p.top} has the most recognised craft villages (${p.topValue}); ${p.withProduct} of ${p.regions} have a village with a 3★+ OCOP product; ${Number(p.empty) === 0 ? 'every one has a recognised village' : `${p.empty} ${isOne(p.empty) ? 'has' : 'have'} no recognised village`}.`,
    },
    none: {
      vi: 'Chưa có làng nghề nào được công nhận.',
      en: 'No craft village is recognised.',
    },
    region: {
      vi: 'Đơn vị',
      en: 'Area',
    },
    recognised: {
      vi: 'Làng nghề được công nhận',
      en: 'Recognised craft villages',
    },
    traditional: {
      vi: 'Trong đó truyền thống',
      en: 'Of them traditional',
    },
    withProduct: {
      vi: 'Có sản phẩm OCOP 3 sao trở lên',
      en: 'With a 3★+ OCOP product',
    },
    otherRegions: {
      vi: (p) => `Các đơn vị khác (${p.count})`,
      en: (p) => `Other areas (${p.count})`,
    },
    cappedNote: {
      vi: (p) =>
        `Biểu đồ vẽ ${p.shown} ${p.level} có nhiều làng nghề nhất và ${p.level} đang chọn; ${p.rest} ${p.level} còn lại gộp thành một cột. Bảng có đủ ${p.total} ${p.level}.`,
      en: (p) =>
        `The chart draws the ${count(p.shown, `${p.level} unit`, `${p.level} units`)} with the most craft villages and the selected ones; the other ${p.rest} ${isOne(p.rest) ? 'is' : 'are'} summed into one bar. The table lists all ${p.total}.`,
    },
    filterButton: {
      vi: (p) => `${p.name}: ${p.recognised} làng nghề`,
      en: (p) => `${p.name}: ${count(p.recognised, 'village', 'villages')}`,
    },
  },
  byCraft: {
    title: {
      vi: 'Làng nghề được công nhận theo nghề',
      en: 'Recognised craft villages by craft',
    },
    summary: {
      vi: (p) => `${p.crafts} nghề; nhiều nhất là ${p.top} (${p.topValue} làng nghề, ${p.topTraditional} làng nghề truyền thống).`,
      en: (p) =>
        `${count(p.crafts, 'craft', 'crafts')}; the largest is ${p.top} (${count(p.topValue, 'village', 'villages')}, ${p.topTraditional} traditional).`,
    },
    empty: {
      vi: 'Chưa có làng nghề nào được công nhận trong phạm vi này.',
      en: 'No craft village is recognised in this area.',
    },
    craft: {
      vi: 'Nghề',
      en: 'Craft',
    },
    recognised: {
      vi: 'Làng nghề được công nhận',
      en: 'Recognised craft villages',
    },
    traditional: {
      vi: 'Truyền thống',
      en: 'Traditional',
    },
    nonTraditional: {
      vi: 'Không phải truyền thống',
      en: 'Not traditional',
    },
    otherCrafts: {
      vi: (p) => `Nghề khác (${p.count} nghề)`,
      en: (p) => `Other crafts (${p.count})`,
    },
  },
};
