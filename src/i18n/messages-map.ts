// The district map's strings, Vietnamese first and English, in the shape of the main catalogue.
import type { MapMeasure } from '../domain/region-map';
import type { Locale } from './format';
import { count } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface MapMessages {
  heading: Fn<'level'>;
  measureLabel: string;
  measure: Record<MapMeasure, string>;
  /** The map's accessible name. */
  mapLabel: Fn<'level' | 'measure' | 'year'>;
  hint: string;
  /** A region's accessible name with its value, e.g. "Huyện Tiền Hải: 36 sản phẩm OCOP". */
  regionValue: Record<MapMeasure, Fn<'name' | 'value'>>;
  noData: string;
  legendTitle: Record<MapMeasure, Fn<never, 'year'>>;
  legendRegions: Fn<'count' | 'level'>;
  summary: Record<MapMeasure, Fn<'max' | 'maxValue' | 'min' | 'minValue'>>;
  summaryEqual: Fn<'level' | 'value'>;
  summaryNone: Fn<'level'>;
  noDataCount: Fn<'count' | 'level'>;
  missingGeometry: Fn<'names'>;
  column: { value: Record<MapMeasure, string>; selected: string };
  selected: string;
  tableCaption: Fn<'level' | 'measure' | 'year'>;
}

const vi: MapMessages = {
  heading: (p) => `Bản đồ theo ${p.level}`,
  measureLabel: 'Chỉ số trên bản đồ',
  measure: {
    'ocop-recognised': 'Sản phẩm OCOP (3 sao trở lên)',
    'ntm-advanced-share': 'Tỷ lệ xã đạt NTM nâng cao trở lên',
    'craft-recognised': 'Làng nghề được công nhận',
  },
  mapLabel: (p) => `Bản đồ ${p.level}: ${p.measure}, năm ${p.year}`,
  hint: 'Nhấn vào một vùng trên bản đồ (hoặc dùng Tab rồi Enter) để chọn hoặc bỏ chọn lọc theo vùng đó.',
  regionValue: {
    'ocop-recognised': (p) => `${p.name}: ${p.value} sản phẩm OCOP`,
    'ntm-advanced-share': (p) => `${p.name}: ${p.value} xã đạt NTM nâng cao trở lên`,
    'craft-recognised': (p) => `${p.name}: ${p.value} làng nghề được công nhận`,
  },
  noData: 'không có số liệu',
  legendTitle: {
    'ocop-recognised': (p) => `Số sản phẩm OCOP còn hiệu lực cuối năm ${p.year}`,
    'ntm-advanced-share': (p) => `Tỷ lệ xã đạt NTM nâng cao trở lên cuối năm ${p.year}`,
    'craft-recognised': () => 'Số làng nghề được công nhận',
  },
  legendRegions: (p) => `(${p.count} ${p.level})`,
  summary: {
    'ocop-recognised': (p) => `${p.max} có nhiều sản phẩm OCOP nhất (${p.maxValue}); ${p.min} ít nhất (${p.minValue}).`,
    'ntm-advanced-share': (p) =>
      `${p.max} có tỷ lệ xã đạt NTM nâng cao trở lên cao nhất (${p.maxValue}); ${p.min} thấp nhất (${p.minValue}).`,
    'craft-recognised': (p) => `${p.max} có nhiều làng nghề được công nhận nhất (${p.maxValue}); ${p.min} ít nhất (${p.minValue}).`,
  },
  summaryEqual: (p) => `Mọi ${p.level} có số liệu đều bằng ${p.value}.`,
  summaryNone: (p) => `Chưa ${p.level} nào có số liệu cho chỉ số này.`,
  noDataCount: (p) => ` ${p.count} ${p.level} không có số liệu.`,
  missingGeometry: (p) => `Không có ranh giới trên bản đồ: ${p.names}.`,
  column: {
    value: {
      'ocop-recognised': 'Sản phẩm OCOP',
      'ntm-advanced-share': 'Tỷ lệ xã NTM nâng cao trở lên',
      'craft-recognised': 'Làng nghề được công nhận',
    },
    selected: 'Đang chọn',
  },
  selected: 'đang chọn',
  tableCaption: (p) => `${p.measure} theo ${p.level}, năm ${p.year}`,
};

const has = (names: string | number | undefined) => (String(names).includes(' and ') ? 'have' : 'has');

const en: MapMessages = {
  heading: (p) => `Map by ${p.level}`,
  measureLabel: 'Measure on the map',
  measure: {
    'ocop-recognised': 'OCOP products (3★ or more)',
    'ntm-advanced-share': 'Share of communes at advanced NTM or higher',
    'craft-recognised': 'Recognised craft villages',
  },
  mapLabel: (p) => `Map by ${p.level}: ${p.measure}, ${p.year}`,
  hint: 'Click an area on the map (or use Tab, then Enter) to select it as a filter or clear it.',
  regionValue: {
    'ocop-recognised': (p) => `${p.name}: ${count(p.value, 'OCOP product', 'OCOP products')}`,
    'ntm-advanced-share': (p) => `${p.name}: ${p.value} of communes at advanced NTM or higher`,
    'craft-recognised': (p) => `${p.name}: ${count(p.value, 'recognised craft village', 'recognised craft villages')}`,
  },
  noData: 'no data',
  legendTitle: {
    'ocop-recognised': (p) => `OCOP products valid at the end of ${p.year}`,
    'ntm-advanced-share': (p) => `Share of communes at advanced NTM or higher, end of ${p.year}`,
    'craft-recognised': () => 'Recognised craft villages',
  },
  legendRegions: (p) => `(${p.count})`,
  summary: {
    'ocop-recognised': (p) => `${p.max} ${has(p.max)} the most OCOP products (${p.maxValue}); ${p.min} the fewest (${p.minValue}).`,
    'ntm-advanced-share': (p) =>
      `${p.max} ${has(p.max)} the highest share of advanced NTM communes (${p.maxValue}); ${p.min} the lowest (${p.minValue}).`,
    'craft-recognised': (p) =>
      `${p.max} ${has(p.max)} the most recognised craft villages (${p.maxValue}); ${p.min} the fewest (${p.minValue}).`,
  },
  summaryEqual: (p) => `Every ${p.level} with data has ${p.value}.`,
  summaryNone: (p) => `No ${p.level} has data for this measure yet.`,
  noDataCount: (p) => ` ${p.count} with no data.`,
  missingGeometry: (p) => `No outline on the map: ${p.names}.`,
  column: {
    value: {
      'ocop-recognised': 'OCOP products',
      'ntm-advanced-share': 'Advanced NTM or higher',
      'craft-recognised': 'Recognised craft villages',
    },
    selected: 'Selected',
  },
  selected: 'selected',
  tableCaption: (p) => `${p.measure} by ${p.level}, ${p.year}`,
};

export const MAP_MESSAGES: Record<Locale, MapMessages> = { vi, en };
