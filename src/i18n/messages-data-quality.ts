// Strings about the document's own quality: records left out, the mark on figures they touch, and warnings.
import type { WarningCode } from '../data/document-problems';
import type { ParsePhase } from '../data/parse-session';
import type { Locale } from './format';
import { count } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface DataQualityMessages {
  /** p: count */
  excludedTitle: Fn<'count'>;
  excludedIntro: string;
  /** p: count (problems) */
  excludedList: Fn<'count'>;
  /** p: count — beside a figure */
  mark: Fn<'count'>;
  /** p: count — under the headline and above a section */
  markNote: Fn<'count'>;
  sectionNote: Fn<'count'>;
  /** p: count */
  warningsTitle: Fn<'count'>;
  warningsIntro: string;
  warning: Record<WarningCode, Fn<never, 'stars' | 'status' | 'value'>>;
  /** While a document loads; p: percent (already formatted) */
  loadingPhase: Record<ParsePhase, Fn<'percent'>>;
}

const vi: DataQualityMessages = {
  excludedTitle: (p) => `Đã bỏ qua ${p.count} bản ghi lỗi — số liệu không gồm các bản ghi này`,
  excludedIntro:
    'Mỗi bản ghi dưới đây vi phạm một quy tắc của hợp đồng dữ liệu, hoặc phụ thuộc vào một bản ghi như vậy (ví dụ sản phẩm của một xã bị bỏ qua). Các số liệu có dấu * không gồm những bản ghi này.',
  excludedList: (p) => `Danh sách ${p.count} lỗi theo đường dẫn JSON`,
  mark: (p) => `không gồm ${p.count} bản ghi lỗi`,
  markNote: (p) => `* Số liệu có dấu * không gồm ${p.count} bản ghi lỗi (xem danh sách ở trên).`,
  sectionNote: (p) => `* Biểu đồ và bảng của phần này không gồm ${p.count} bản ghi lỗi.`,
  warningsTitle: (p) => `${p.count} cảnh báo về dữ liệu — các bản ghi này vẫn được tính`,
  warningsIntro: 'Hợp đồng dữ liệu chưa bắt buộc các quy tắc này, nhưng dữ liệu có vẻ mâu thuẫn. Hãy kiểm tra lại với đơn vị cung cấp.',
  warning: {
    'status-stars': (p) =>
      `trạng thái "${p.status}" không khớp với ${p.stars} sao (new, re-recognised, upgraded cần từ 3 sao; not-recognised là dưới 3 sao)`,
    'upgraded-no-previous': () => 'sản phẩm nâng hạng (upgraded) nhưng không có previousStars (số sao trước đó)',
    'lapsed-no-expiry': () => 'sản phẩm hết hiệu lực (lapsed) nhưng không có expiryDate; năm hết hiệu lực được lấy theo ratingYear',
    'reported-missing': () => 'chỉ tiêu dùng metric "reported" nhưng không có khối reported; chỉ tiêu hiện "chưa có số liệu"',
    'percent-range': (p) => `tỷ lệ phần trăm phải từ 0 đến 100, nhận được ${p.value}`,
  },
  loadingPhase: {
    reading: (p) => `Đang đọc dữ liệu… ${p.percent}`,
    checking: (p) => `Đang kiểm tra dữ liệu… ${p.percent}`,
    receiving: (p) => `Đang chuẩn bị số liệu… ${p.percent}`,
  },
};

const en: DataQualityMessages = {
  excludedTitle: (p) => `${count(p.count, 'faulty record', 'faulty records')} left out — the figures do not include them`,
  excludedIntro:
    'Each record below breaks a rule of the data contract, or depends on one that does (e.g. the products of a left-out commune). Figures marked * do not include these records.',
  excludedList: (p) => `The ${count(p.count, 'problem', 'problems')}, by JSON path`,
  mark: (p) => `excludes ${count(p.count, 'faulty record', 'faulty records')}`,
  markNote: (p) => `* Figures marked * exclude ${count(p.count, 'faulty record', 'faulty records')} (listed above).`,
  sectionNote: (p) => `* The charts and tables of this part exclude ${count(p.count, 'faulty record', 'faulty records')}.`,
  warningsTitle: (p) => `${count(p.count, 'data warning', 'data warnings')} — these records are still counted`,
  warningsIntro: 'The data contract does not enforce these rules yet, but the data looks contradictory. Please check with the publisher.',
  warning: {
    'status-stars': (p) =>
      `status "${p.status}" does not match ${p.stars}★ (new, re-recognised and upgraded need 3★ or more; not-recognised means under 3★)`,
    'upgraded-no-previous': () => 'an upgraded product without previousStars (its stars before the upgrade)',
    'lapsed-no-expiry': () => 'a lapsed product without expiryDate; its ratingYear is taken as the year it lapsed',
    'reported-missing': () => 'a target with metric "reported" but no reported block; it shows "no data"',
    'percent-range': (p) => `a percentage must be from 0 to 100, got ${p.value}`,
  },
  loadingPhase: {
    reading: (p) => `Reading the data… ${p.percent}`,
    checking: (p) => `Checking the data… ${p.percent}`,
    receiving: (p) => `Preparing the figures… ${p.percent}`,
  },
};

export const DATA_QUALITY_MESSAGES: Record<Locale, DataQualityMessages> = { vi, en };
