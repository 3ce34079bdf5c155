// Strings about the document's own quality: records left out, the mark on figures they touch, and warnings.
import type { WarningCode } from '../data/document-problems';
import type { ParsePhase } from '../data/parse-session';
import { count } from './plural';
import { catalogue, type Fn } from './catalogue';

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

export const DATA_QUALITY_MESSAGES = catalogue<DataQualityMessages>({
  excludedTitle: {
    vi: (p) => `Đã bỏ qua ${p.count} bản ghi lỗi — số liệu không gồm các bản ghi này`,
    en: (p) => `${count(p.count, 'faulty record', 'faulty records')} left out — the figures do not include them`,
  },
  excludedIntro: {
    vi: 'Mỗi bản ghi dưới đây vi phạm một quy tắc của hợp đồng dữ liệu, hoặc phụ thuộc vào một bản ghi như vậy (ví dụ sản phẩm của một xã bị bỏ qua). Các số liệu có dấu * không gồm những bản ghi này.',
    en: 'Each record below breaks a rule of the data contract, or depends on one that does (e.g. the products of a left-out commune). Figures marked * do not include these records.',
  },
  excludedList: {
    vi: (p) => `Danh sách ${p.count} lỗi theo đường dẫn JSON`,
    en: (p) => `The ${count(p.count, 'problem', 'problems')}, by JSON path`,
  },
  mark: {
    vi: (p) => `không gồm ${p.count} bản ghi lỗi`,
    en: (p) => `excludes ${count(p.count, 'faulty record', 'faulty records')}`,
  },
  markNote: {
    vi: (p) => `* Số liệu có dấu * không gồm ${p.count} bản ghi lỗi (xem danh sách ở trên).`,
    en: (p) => `* Figures marked * exclude ${count(p.count, 'faulty record', 'faulty records')} (listed above).`,
  },
  sectionNote: {
    vi: (p) => `* Biểu đồ và bảng của phần này không gồm ${p.count} bản ghi lỗi.`,
    en: (p) => `* The charts and tables of this part exclude ${count(p.count, 'faulty record', 'faulty records')}.`,
  },
  warningsTitle: {
    vi: (p) => `${p.count} cảnh báo về dữ liệu — các bản ghi này vẫn được tính`,
    en: (p) => `${count(p.count, 'data warning', 'data warnings')} — these records are still counted`,
  },
  warningsIntro: {
    vi: 'Hợp đồng dữ liệu chưa bắt buộc các quy tắc này, nhưng dữ liệu có vẻ mâu thuẫn. Hãy kiểm tra lại với đơn vị cung cấp.',
    en: 'The data contract does not enforce these rules yet, but the data looks contradictory. Please check with the publisher.',
  },
  warning: {
    'status-stars': {
      vi: (p) =>
        `trạng thái "${p.status}" không khớp với ${p.stars} sao (new, re-recognised, upgraded cần từ 3 sao; not-recognised là dưới 3 sao)`,
      en: (p) =>
        `status "${p.status}" does not match ${p.stars}★ (new, re-recognised and upgraded need 3★ or more; not-recognised means under 3★)`,
    },
    'upgraded-no-previous': {
      vi: () => 'sản phẩm nâng hạng (upgraded) nhưng không có previousStars (số sao trước đó)',
      en: () => 'an upgraded product without previousStars (its stars before the upgrade)',
    },
    'lapsed-no-expiry': {
      vi: () => 'sản phẩm hết hiệu lực (lapsed) nhưng không có expiryDate; năm hết hiệu lực được lấy theo ratingYear',
      en: () => 'a lapsed product without expiryDate; its ratingYear is taken as the year it lapsed',
    },
    'reported-missing': {
      vi: () => 'chỉ tiêu dùng metric "reported" nhưng không có khối reported; chỉ tiêu hiện "chưa có số liệu"',
      en: () => 'a target with metric "reported" but no reported block; it shows "no data"',
    },
    'percent-range': {
      vi: (p) => `tỷ lệ phần trăm phải từ 0 đến 100, nhận được ${p.value}`,
      en: (p) => `a percentage must be from 0 to 100, got ${p.value}`,
    },
  },
  loadingPhase: {
    reading: {
      vi: (p) => `Đang đọc dữ liệu… ${p.percent}`,
      en: (p) => `Reading the data… ${p.percent}`,
    },
    checking: {
      vi: (p) => `Đang kiểm tra dữ liệu… ${p.percent}`,
      en: (p) => `Checking the data… ${p.percent}`,
    },
    receiving: {
      vi: (p) => `Đang chuẩn bị số liệu… ${p.percent}`,
      en: (p) => `Preparing the figures… ${p.percent}`,
    },
  },
});
