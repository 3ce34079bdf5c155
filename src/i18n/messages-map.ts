// The district map's strings, Vietnamese first and English, in the shape of the main catalogue.
import type { MapMeasure } from '../domain/map-measures';
import { count } from './plural';
import { catalogue, type Fn } from './catalogue';

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
const has = (names: string | number | undefined) => (String(names).includes(' and ') ? 'have' : 'has');

export const MAP_MESSAGES = catalogue<MapMessages>({
  heading: {
    vi: (p) => `Bản đồ theo ${p.level}`,
    en: (p) => `Map by ${p.level}`,
  },
  measureLabel: {
    vi: 'Chỉ số trên bản đồ',
    en: 'Measure on the map',
  },
  measure: {
    'ocop-recognised': {
      vi: 'Sản phẩm OCOP (3 sao trở lên)',
      en: 'OCOP products (3★ or more)',
    },
    'ntm-advanced-share': {
      vi: 'Tỷ lệ xã đạt NTM nâng cao trở lên',
      en: 'Share of communes at advanced NTM or higher',
    },
    'craft-recognised': {
      vi: 'Làng nghề được công nhận',
      en: 'Recognised craft villages',
    },
  },
  mapLabel: {
    vi: (p) => `Bản đồ ${p.level}: ${p.measure}, năm ${p.year}`,
    en: (p) => `Map by ${p.level}: ${p.measure}, ${p.year}`,
  },
  hint: {
    vi: 'Nhấn vào một vùng trên bản đồ (hoặc dùng Tab rồi Enter) để chọn hoặc bỏ chọn lọc theo vùng đó.',
    en: 'Click an area on the map (or use Tab, then Enter) to select it as a filter or clear it.',
  },
  regionValue: {
    'ocop-recognised': {
      vi: (p) => `${p.name}: ${p.value} sản phẩm OCOP`,
      en: (p) => `${p.name}: ${count(p.value, 'OCOP product', 'OCOP products')}`,
    },
    'ntm-advanced-share': {
      vi: (p) => `${p.name}: ${p.value} xã đạt NTM nâng cao trở lên`,
      en: (p) => `${p.name}: ${p.value} of communes at advanced NTM or higher`,
    },
    'craft-recognised': {
      vi: (p) => `${p.name}: ${p.value} làng nghề được công nhận`,
      en: (p) => `${p.name}: ${count(p.value, 'recognised craft village', 'recognised craft villages')}`,
    },
  },
  noData: {
    vi: 'không có số liệu',
    en: 'no data',
  },
  legendTitle: {
    'ocop-recognised': {
      vi: (p) => `Số sản phẩm OCOP còn hiệu lực cuối năm ${p.year}`,
      en: (p) => `OCOP products valid at the end of ${p.year}`,
    },
    'ntm-advanced-share': {
      vi: (p) => `Tỷ lệ xã đạt NTM nâng cao trở lên cuối năm ${p.year}`,
      en: (p) => `Share of communes at advanced NTM or higher, end of ${p.year}`,
    },
    'craft-recognised': {
      vi: () => 'Số làng nghề được công nhận',
      en: () => 'Recognised craft villages',
    },
  },
  legendRegions: {
    vi: (p) => `(${p.count} ${p.level})`,
    en: (p) => `(${p.count})`,
  },
  summary: {
    'ocop-recognised': {
      vi: (p) => `${p.max} có nhiều sản phẩm OCOP nhất (${p.maxValue}); ${p.min} ít nhất (${p.minValue}).`,
      en: (p) => `${p.max} ${has(p.max)} the most OCOP products (${p.maxValue}); ${p.min} the fewest (${p.minValue}).`,
    },
    'ntm-advanced-share': {
      vi: (p) => `${p.max} có tỷ lệ xã đạt NTM nâng cao trở lên cao nhất (${p.maxValue}); ${p.min} thấp nhất (${p.minValue}).`,
      en: (p) => `${p.max} ${has(p.max)} the highest share of advanced NTM communes (${p.maxValue}); ${p.min} the lowest (${p.minValue}).`,
    },
    'craft-recognised': {
      vi: (p) => `${p.max} có nhiều làng nghề được công nhận nhất (${p.maxValue}); ${p.min} ít nhất (${p.minValue}).`,
      en: (p) => `${p.max} ${has(p.max)} the most recognised craft villages (${p.maxValue}); ${p.min} the fewest (${p.minValue}).`,
    },
  },
  summaryEqual: {
    vi: (p) => `Mọi ${p.level} có số liệu đều bằng ${p.value}.`,
    en: (p) => `Every ${p.level} with data has ${p.value}.`,
  },
  summaryNone: {
    vi: (p) => `Chưa ${p.level} nào có số liệu cho chỉ số này.`,
    en: (p) => `No ${p.level} has data for this measure yet.`,
  },
  noDataCount: {
    vi: (p) => ` ${p.count} ${p.level} không có số liệu.`,
    en: (p) => ` ${p.count} with no data.`,
  },
  missingGeometry: {
    vi: (p) => `Không có ranh giới trên bản đồ: ${p.names}.`,
    en: (p) => `No outline on the map: ${p.names}.`,
  },
  column: {
    value: {
      'ocop-recognised': {
        vi: 'Sản phẩm OCOP',
        en: 'OCOP products',
      },
      'ntm-advanced-share': {
        vi: 'Tỷ lệ xã NTM nâng cao trở lên',
        en: 'Advanced NTM or higher',
      },
      'craft-recognised': {
        vi: 'Làng nghề được công nhận',
        en: 'Recognised craft villages',
      },
    },
    selected: {
      vi: 'Đang chọn',
      en: 'Selected',
    },
  },
  selected: {
    vi: 'đang chọn',
    en: 'selected',
  },
  tableCaption: {
    vi: (p) => `${p.measure} theo ${p.level}, năm ${p.year}`,
    en: (p) => `${p.measure} by ${p.level}, ${p.year}`,
  },
});
