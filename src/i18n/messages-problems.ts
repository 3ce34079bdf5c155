// What is wrong in a document, rule by rule against the data contract, Vietnamese first and English.
import type { ProblemCode } from '../data/document-problems';
import type { Fn, Pairs } from './catalogue';

export interface ProblemMessages {
  /** A rule's words, with the values it names where it names any. */
  problem: Record<
    ProblemCode,
    string | Fn<never, 'collection' | 'expected' | 'field' | 'max' | 'min' | 'options' | 'record' | 'supported' | 'with'>
  >;
  received: Fn<'value'>;
  missing: string;
}

export const PROBLEMS: Pairs<ProblemMessages> = {
  problem: {
    version: {
      vi: (p) => `phiên bản lược đồ không được hỗ trợ (ứng dụng đọc phiên bản ${p.supported ?? '1, 1.1'})`,
      en: (p) => `unsupported schema version (this app reads versions ${p.supported ?? '1, 1.1'})`,
    },
    type: {
      vi: (p) => `sai kiểu dữ liệu, cần ${p.expected}`,
      en: (p) => `wrong type, expected ${p.expected}`,
    },
    required: {
      vi: 'thiếu trường bắt buộc',
      en: 'required field is missing',
    },
    range: {
      vi: (p) => `phải từ ${p.min} đến ${p.max}`,
      en: (p) => `must be between ${p.min} and ${p.max}`,
    },
    'too-small': {
      vi: (p) => `phải có ít nhất ${p.min}`,
      en: (p) => `must be at least ${p.min}`,
    },
    'too-big': {
      vi: (p) => `không được vượt quá ${p.max}`,
      en: (p) => `must be at most ${p.max}`,
    },
    'not-integer': {
      vi: 'phải là số nguyên',
      en: 'must be a whole number',
    },
    enum: {
      vi: (p) => `giá trị không hợp lệ, cần một trong: ${p.options}`,
      en: (p) => `not an allowed value; expected one of: ${p.options}`,
    },
    empty: {
      vi: 'không được để trống',
      en: 'must not be empty',
    },
    date: {
      vi: 'ngày phải có dạng YYYY-MM-DD',
      en: 'dates must look like YYYY-MM-DD',
    },
    datetime: {
      vi: 'thời điểm phải theo ISO 8601, ví dụ 2025-06-30T08:00:00+07:00',
      en: 'must be an ISO 8601 date-time, e.g. 2025-06-30T08:00:00+07:00',
    },
    url: {
      vi: 'địa chỉ phải bắt đầu bằng http:// hoặc https://',
      en: 'addresses must start with http:// or https://',
    },
    geometry: {
      vi: 'hình học phải là GeoJSON Polygon hoặc MultiPolygon',
      en: 'geometry must be a GeoJSON Polygon or MultiPolygon',
    },
    duplicate: {
      vi: (p) => (p.with ? `mã bị trùng với ${p.with}` : 'mã bị trùng'),
      en: (p) => (p.with ? `duplicate id, also used by ${p.with}` : 'duplicate id'),
    },
    'unknown-reference': {
      vi: (p) => `không tìm thấy trong ${p.collection}`,
      en: (p) => `not found in ${p.collection}`,
    },
    'excluded-reference': {
      vi: (p) => `tham chiếu đến ${p.record}, bản ghi đã bị bỏ qua`,
      en: (p) => `refers to ${p.record}, a record that was left out`,
    },
    unchecked: {
      vi: 'bản ghi quá lớn hoặc lồng quá sâu để kiểm tra',
      en: 'record too large or too deeply nested to check',
    },
    order: {
      vi: (p) => `giá trị mâu thuẫn (${p.field})`,
      en: (p) => `contradictory value (${p.field})`,
    },
    invalid: {
      vi: 'giá trị không hợp lệ',
      en: 'invalid value',
    },
  },
  received: {
    vi: (p) => `nhận được ${p.value}`,
    en: (p) => `got ${p.value}`,
  },
  missing: {
    vi: 'không có',
    en: 'none',
  },
};
