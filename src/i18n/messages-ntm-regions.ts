// NTM communes by level in each district, Vietnamese first and English.
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';

export interface NtmRegionsMessages {
  byRegionHeading: Fn<'level'>;
  byRegionTitle: Fn<'level' | 'year'>;
  byRegionSummary: Fn<'level' | 'n' | 'regions' | 'top' | 'total' | 'year' | 'zero'>;
  byRegionSummaryNone: Fn<'level' | 'regions' | 'total' | 'year'>;
  othersRow: Fn<'count' | 'level'>;
  cappedNote: Fn<'level' | 'rest' | 'shown' | 'total'>;
}

export const NTM_REGIONS: Pairs<NtmRegionsMessages> = {
  byRegionHeading: {
    vi: (p) => `Theo ${p.level}`,
    en: (p) => `By ${p.level}`,
  },
  byRegionTitle: {
    vi: (p) => `Số xã theo mức đạt chuẩn ở từng ${p.level}, cuối năm ${p.year}`,
    en: (p) => `Communes by level in each ${p.level}, end of ${p.year}`,
  },
  byRegionSummary: {
    vi: (p) =>
      `Cuối năm ${p.year}: ${p.top} dẫn đầu với ${p.n}/${p.total} xã đạt NTM nâng cao trở lên; ${Number(p.zero) === 0 ? `${p.level} nào cũng có xã đạt mức này` : `${p.zero}/${p.regions} ${p.level} chưa có xã nào đạt mức này`}.`,
    en: (p) =>
      `End of ${p.year}: ${p.top} leads with ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher; ${Number(p.zero) === 0 ? `every ${p.level} has one at that level` : `${p.zero} of ${count(p.regions, `${p.level} unit`, `${p.level} units`)} ${isOne(p.zero) ? 'has' : 'have'} none at that level`}.`,
  },
  byRegionSummaryNone: {
    vi: (p) => `Cuối năm ${p.year}: chưa ${p.level} nào có xã đạt NTM nâng cao trở lên (${p.regions} ${p.level}, ${p.total} xã).`,
    en: (p) =>
      `End of ${p.year}: no ${p.level} has an advanced commune yet (${count(p.regions, `${p.level} unit`, `${p.level} units`)}, ${count(p.total, 'commune', 'communes')}).`,
  },
  othersRow: {
    vi: (p) => `${p.count} ${p.level} khác`,
    en: (p) => count(p.count, `other ${p.level} unit`, `other ${p.level} units`),
  },
  cappedNote: {
    vi: (p) =>
      `Biểu đồ vẽ ${p.shown} ${p.level} có nhiều xã NTM nâng cao nhất và ${p.level} đang chọn; ${p.rest} ${p.level} còn lại gộp thành một cột. Bảng có đủ ${p.total} ${p.level}.`,
    en: (p) =>
      `The chart draws the ${count(p.shown, `${p.level} unit`, `${p.level} units`)} with the most advanced communes and the selected ones; the other ${p.rest} ${isOne(p.rest) ? 'is' : 'are'} summed into one bar. The table lists all ${p.total}.`,
  },
};
