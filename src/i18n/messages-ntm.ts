// The NTM (new rural areas) section's messages, Vietnamese first and English, in the shape of the main catalogue.
import type { NtmLevel } from '../contract/values';
import type { SortKey } from '../domain/commune-table';
import type { NtmSeries } from '../domain/ntm/progress';
import type { Locale } from './format';
import { count, isOne } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface NtmMessages {
  heading: string;
  /** The whole province as a sentence names it mid-way: "toàn tỉnh". */
  wholeProvinceInSentence: string;
  level: Record<NtmLevel, string>;
  /** A shape per level, so a level is never told by colour alone. */
  levelIcon: Record<NtmLevel, string>;
  series: Record<NtmSeries, string>;
  seriesProvince: Fn<'series'>;
  /** "ít nhất 120 xã NTM nâng cao trở lên đến 31/12/2025": a target in a sentence. */
  targetPhrase: Record<NtmSeries, Fn<'date' | 'goal'>>;
  targetLine: Fn<'series' | 'value'>;
  targetLegend: string;
  targetLegendProvince: string;
  byRegionHeading: Fn<'level'>;
  byRegionTitle: Fn<'level' | 'year'>;
  byRegionSummary: Fn<'level' | 'n' | 'regions' | 'top' | 'total' | 'year' | 'zero'>;
  byRegionSummaryNone: Fn<'level' | 'regions' | 'total' | 'year'>;
  othersRow: Fn<'count' | 'level'>;
  cappedNote: Fn<'level' | 'rest' | 'shown' | 'total'>;
  filterByRegion: Fn<'level'>;
  column: {
    total: string;
    advancedOrHigher: string;
    share: string;
    year: string;
  };
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
  recentHeading: string;
  recentIntro: Fn<'count' | 'scope' | 'year'>;
  recentEmpty: Fn<'scope' | 'year'>;
  table: {
    heading: string;
    caption: Fn<'scope' | 'year'>;
    search: string;
    levelFilter: string;
    allLevels: string;
    column: Record<SortKey, string>;
    code: string;
    criteriaTotal: string;
    showing: Fn<'shown' | 'total'>;
    showMore: Fn<'n'>;
    noMatch: string;
    download: string;
    fileName: string;
  };
  detail: {
    close: string;
    closeLabel: Fn<'name'>;
    level: string;
    year: string;
    criteriaSet: string;
    unknownSet: Fn<'id'>;
    criteriaMet: string;
    criteriaHeading: string;
    criterion: Fn<'id'>;
    met: string;
    notMet: string;
    noCriteria: string;
    historyHeading: string;
    unknownYear: string;
    current: string;
  };
}

const vi: NtmMessages = {
  heading: 'Nông thôn mới',
  wholeProvinceInSentence: 'toàn tỉnh',
  level: { none: 'Chưa đạt chuẩn', ntm: 'Đạt chuẩn NTM', advanced: 'NTM nâng cao', model: 'NTM kiểu mẫu' },
  levelIcon: { none: '○', ntm: '●', advanced: '▲', model: '★' },
  series: { ntmOrHigher: 'Đạt chuẩn NTM trở lên', advancedOrHigher: 'NTM nâng cao trở lên', model: 'NTM kiểu mẫu' },
  seriesProvince: (p) => `${p.series} (toàn tỉnh)`,
  targetPhrase: {
    ntmOrHigher: (p) => `${p.goal} xã đạt chuẩn NTM trở lên đến ${p.date}`,
    advancedOrHigher: (p) => `${p.goal} xã NTM nâng cao trở lên đến ${p.date}`,
    model: (p) => `${p.goal} xã NTM kiểu mẫu đến ${p.date}`,
  },
  targetLine: (p) => `Mục tiêu ${p.series}: ${p.value}`,
  targetLegend: 'Mục tiêu',
  targetLegendProvince: 'Mục tiêu toàn tỉnh',
  byRegionHeading: (p) => `Theo ${p.level}`,
  byRegionTitle: (p) => `Số xã theo mức đạt chuẩn ở từng ${p.level}, cuối năm ${p.year}`,
  byRegionSummary: (p) =>
    `Cuối năm ${p.year}: ${p.top} dẫn đầu với ${p.n}/${p.total} xã đạt NTM nâng cao trở lên; ${Number(p.zero) === 0 ? `${p.level} nào cũng có xã đạt mức này` : `${p.zero}/${p.regions} ${p.level} chưa có xã nào đạt mức này`}.`,
  byRegionSummaryNone: (p) =>
    `Cuối năm ${p.year}: chưa ${p.level} nào có xã đạt NTM nâng cao trở lên (${p.regions} ${p.level}, ${p.total} xã).`,
  othersRow: (p) => `${p.count} ${p.level} khác`,
  cappedNote: (p) =>
    `Biểu đồ vẽ ${p.shown} ${p.level} có nhiều xã NTM nâng cao nhất và ${p.level} đang chọn; ${p.rest} ${p.level} còn lại gộp thành một cột. Bảng có đủ ${p.total} ${p.level}.`,
  filterByRegion: (p) => `Lọc theo ${p.level}`,
  column: {
    total: 'Số xã',
    advancedOrHigher: 'NTM nâng cao trở lên',
    share: 'Tỷ lệ nâng cao trở lên',
    year: 'Năm',
  },
  yearsHeading: 'Theo năm',
  certTitle: (p) => `Số xã được công nhận mỗi năm, ${p.first}–${p.year}`,
  upTo: (p) => `đến ${p.year}`,
  certSummary: (p) =>
    `${p.upTo ? 'Tính đến' : 'Năm'} ${p.year}, ${p.scope} có ${p.ntm} xã được công nhận đạt chuẩn NTM, ${p.advanced} xã đạt NTM nâng cao và ${p.model} xã đạt NTM kiểu mẫu; tổng cộng đến hết năm ${p.year}: ${p.tNtm}, ${p.tAdvanced} và ${p.tModel} xã.`,
  progressTitle: (p) => `Số xã NTM nâng cao và kiểu mẫu so với mục tiêu, ${p.first}–${p.year}`,
  progressSummary: (p) =>
    `Cuối năm ${p.year}: ${p.n}/${p.total} xã đạt NTM nâng cao trở lên (${p.share}), trong đó ${p.model} xã kiểu mẫu${p.targets}.`,
  progressSummaryScoped: (p) =>
    `Cuối năm ${p.year}: ${p.scope} có ${p.n}/${p.total} xã đạt NTM nâng cao trở lên (${p.share}), trong đó ${p.model} xã kiểu mẫu; toàn tỉnh ${p.pn}/${p.ptotal} xã${p.targets}.`,
  progressNoRecords: (p) =>
    `Cuối năm ${p.year}: ${p.scope} không có xã nào có số liệu nông thôn mới; toàn tỉnh ${p.pn}/${p.ptotal} xã đạt NTM nâng cao trở lên${p.targets}.`,
  targetsWhole: (p) => `; mục tiêu: ${p.list}`,
  targetsProvince: (p) => `; mục tiêu toàn tỉnh: ${p.list}`,
  provinceNote: (p) =>
    `Mục tiêu là chỉ tiêu của toàn tỉnh: đường mục tiêu là của toàn tỉnh, cột là phần đóng góp của ${p.scope}; số của toàn tỉnh có trong bảng.`,
  shareTitle: (p) => `Tỷ lệ xã đạt chuẩn so với mục tiêu, ${p.first}–${p.year}`,
  sharePart: {
    ntmOrHigher: (p) => `${p.value} xã đạt chuẩn NTM trở lên (mục tiêu ${p.goal})`,
    advancedOrHigher: (p) => `${p.value} xã đạt NTM nâng cao trở lên (mục tiêu ${p.goal})`,
    model: (p) => `${p.value} xã đạt NTM kiểu mẫu (mục tiêu ${p.goal})`,
  },
  shareSummary: (p) => `Cuối năm ${p.year}, ${p.scope}: ${p.parts} trên tổng số ${p.total} xã.`,
  shareNoRecords: (p) => `Cuối năm ${p.year}: ${p.scope} không có xã nào có số liệu nông thôn mới nên chưa tính được tỷ lệ.`,
  recentHeading: 'Xã mới được công nhận',
  recentIntro: (p) => `${p.count} lần công nhận gần nhất đến cuối năm ${p.year} (${p.scope}), mới nhất trước.`,
  recentEmpty: (p) => `Chưa có xã nào được công nhận đến cuối năm ${p.year} (${p.scope}).`,
  table: {
    heading: 'Danh sách xã',
    caption: (p) => `Các xã có số liệu nông thôn mới, mức đạt chuẩn cuối năm ${p.year} (${p.scope})`,
    search: 'Tìm xã (gõ không dấu cũng được)',
    levelFilter: 'Mức đạt chuẩn',
    allLevels: 'Tất cả các mức',
    column: { name: 'Xã', region: 'Đơn vị', level: 'Mức đạt chuẩn', since: 'Năm công nhận', criteria: 'Tiêu chí đạt' },
    code: 'Mã xã',
    criteriaTotal: 'Tổng số tiêu chí',
    showing: (p) => `Hiển thị ${p.shown}/${p.total} xã`,
    showMore: (p) => `Hiển thị thêm ${p.n} xã`,
    noMatch: 'Không có xã nào khớp với từ tìm kiếm và mức đã chọn.',
    download: 'Tải CSV',
    fileName: 'danh-sach-xa-nong-thon-moi',
  },
  detail: {
    close: 'Đóng',
    closeLabel: (p) => `Đóng thông tin ${p.name}`,
    level: 'Mức đạt chuẩn hiện tại',
    year: 'Năm công nhận',
    criteriaSet: 'Bộ tiêu chí',
    unknownSet: (p) => `${p.id} (không có trong danh mục bộ tiêu chí của tài liệu)`,
    criteriaMet: 'Số tiêu chí đạt',
    criteriaHeading: 'Từng tiêu chí',
    criterion: (p) => `Tiêu chí ${p.id}`,
    met: 'Đạt',
    notMet: 'Chưa đạt',
    noCriteria: 'Dữ liệu không có tình trạng từng tiêu chí của xã này.',
    historyHeading: 'Quá trình đạt chuẩn',
    unknownYear: 'Không rõ năm',
    current: 'hiện tại',
  },
};

const en: NtmMessages = {
  heading: 'New rural areas',
  wholeProvinceInSentence: 'the whole province',
  level: { none: 'Not yet certified', ntm: 'New rural area', advanced: 'Advanced', model: 'Model' },
  levelIcon: vi.levelIcon,
  series: { ntmOrHigher: 'New rural area or higher', advancedOrHigher: 'Advanced or higher', model: 'Model' },
  seriesProvince: (p) => `${p.series} (whole province)`,
  targetPhrase: {
    ntmOrHigher: (p) => `${count(p.goal, 'commune', 'communes')} at new-rural-area level or higher by ${p.date}`,
    advancedOrHigher: (p) => `${count(p.goal, 'advanced commune', 'advanced communes')} (model included) by ${p.date}`,
    model: (p) => `${count(p.goal, 'model commune', 'model communes')} by ${p.date}`,
  },
  targetLine: (p) => `Target, ${p.series}: ${p.value}`,
  targetLegend: 'Target',
  targetLegendProvince: 'Province-wide target',
  byRegionHeading: (p) => `By ${p.level}`,
  byRegionTitle: (p) => `Communes by level in each ${p.level}, end of ${p.year}`,
  byRegionSummary: (p) =>
    `End of ${p.year}: ${p.top} leads with ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher; ${Number(p.zero) === 0 ? `every ${p.level} has one at that level` : `${p.zero} of ${count(p.regions, `${p.level} unit`, `${p.level} units`)} ${isOne(p.zero) ? 'has' : 'have'} none at that level`}.`,
  byRegionSummaryNone: (p) =>
    `End of ${p.year}: no ${p.level} has an advanced commune yet (${count(p.regions, `${p.level} unit`, `${p.level} units`)}, ${count(p.total, 'commune', 'communes')}).`,
  othersRow: (p) => count(p.count, `other ${p.level} unit`, `other ${p.level} units`),
  cappedNote: (p) =>
    `The chart draws the ${count(p.shown, `${p.level} unit`, `${p.level} units`)} with the most advanced communes and the selected ones; the other ${p.rest} ${isOne(p.rest) ? 'is' : 'are'} summed into one bar. The table lists all ${p.total}.`,
  filterByRegion: (p) => `Filter by ${p.level}`,
  column: {
    total: 'Communes',
    advancedOrHigher: 'Advanced or higher',
    share: 'Share advanced or higher',
    year: 'Year',
  },
  yearsHeading: 'By year',
  certTitle: (p) => `Communes recognised each year, ${p.first}–${p.year}`,
  upTo: (p) => `by ${p.year}`,
  certSummary: (p) =>
    `${p.upTo ? 'By' : 'In'} ${p.year}, ${p.scope} had ${count(p.ntm, 'commune', 'communes')} recognised at new-rural-area level, ${p.advanced} at advanced level and ${p.model} at model level; in all by the end of ${p.year}: ${p.tNtm}, ${p.tAdvanced} and ${p.tModel}.`,
  progressTitle: (p) => `Advanced and model communes against the targets, ${p.first}–${p.year}`,
  progressSummary: (p) =>
    `End of ${p.year}: ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher (${p.share}), ${p.model} of them at model level${p.targets}.`,
  progressSummaryScoped: (p) =>
    `End of ${p.year}: ${p.scope} has ${p.n} of ${count(p.total, 'commune', 'communes')} advanced or higher (${p.share}), ${p.model} of them at model level; the whole province ${p.pn} of ${p.ptotal}${p.targets}.`,
  progressNoRecords: (p) =>
    `End of ${p.year}: ${p.scope} has no commune with new-rural-area records; the whole province has ${p.pn} of ${count(p.ptotal, 'commune', 'communes')} advanced or higher${p.targets}.`,
  targetsWhole: (p) => `; target: ${p.list}`,
  targetsProvince: (p) => `; province-wide target: ${p.list}`,
  provinceNote: (p) =>
    `The targets are province-wide: the target lines are for the whole province, the bars are the contribution of ${p.scope}; the table also gives the province's own numbers.`,
  shareTitle: (p) => `Share of communes at each level against the targets, ${p.first}–${p.year}`,
  sharePart: {
    ntmOrHigher: (p) => `${p.value} at new-rural-area level or higher (target ${p.goal})`,
    advancedOrHigher: (p) => `${p.value} advanced or higher (target ${p.goal})`,
    model: (p) => `${p.value} at model level (target ${p.goal})`,
  },
  shareSummary: (p) => `End of ${p.year}, ${p.scope}: ${p.parts} of ${count(p.total, 'commune', 'communes')}.`,
  shareNoRecords: (p) => `End of ${p.year}: ${p.scope} has no commune with new-rural-area records, so there is no share to show.`,
  recentHeading: 'Recently recognised communes',
  recentIntro: (p) =>
    `The ${count(p.count, 'latest recognition', 'latest recognitions')} up to the end of ${p.year} (${p.scope}), newest first.`,
  recentEmpty: (p) => `No commune was recognised up to the end of ${p.year} (${p.scope}).`,
  table: {
    heading: 'Communes',
    caption: (p) => `Communes with new-rural-area records, level at the end of ${p.year} (${p.scope})`,
    search: 'Find a commune (accents optional)',
    levelFilter: 'Level',
    allLevels: 'All levels',
    column: { name: 'Commune', region: 'Unit', level: 'Level', since: 'Year recognised', criteria: 'Criteria met' },
    code: 'Commune code',
    criteriaTotal: 'Criteria in the set',
    showing: (p) => `Showing ${p.shown} of ${count(p.total, 'commune', 'communes')}`,
    showMore: (p) => `Show ${p.n} more`,
    noMatch: 'No commune matches the search and the chosen level.',
    download: 'Download CSV',
    fileName: 'new-rural-area-communes',
  },
  detail: {
    close: 'Close',
    closeLabel: (p) => `Close the details of ${p.name}`,
    level: 'Current level',
    year: 'Year recognised',
    criteriaSet: 'Criteria set',
    unknownSet: (p) => `${p.id} (not in the document's list of criteria sets)`,
    criteriaMet: 'Criteria met',
    criteriaHeading: 'Criterion by criterion',
    criterion: (p) => `Criterion ${p.id}`,
    met: 'Met',
    notMet: 'Not met',
    noCriteria: 'The data has no per-criterion status for this commune.',
    historyHeading: 'History',
    unknownYear: 'Year unknown',
    current: 'current',
  },
};

export const NTM_MESSAGES: Record<Locale, NtmMessages> = { vi, en };
