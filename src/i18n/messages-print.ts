// Messages of the printed handout, in Vietnamese first and English.
import type { Locale } from './format';

type P = Record<string, string | number>;
type Fn = (p: P) => string;

export interface PrintMessages {
  filters: Fn;
  statusHeading: string;
  column: { area: string; target: string; status: string; value: string; goal: string; deadline: string };
  firstRows: Fn;
  footer: Fn;
  page: string;
}

const vi: PrintMessages = {
  filters: (p) => `Bộ lọc: ${p.scope} · năm ${p.year}`,
  statusHeading: 'Trạng thái các mục tiêu',
  column: { area: 'Lĩnh vực', target: 'Mục tiêu', status: 'Trạng thái', value: 'Hiện tại', goal: 'Chỉ tiêu', deadline: 'Hạn' },
  firstRows: (p) => `Bản in: ${p.shown} dòng đầu trong tổng số ${p.total}; xem đầy đủ trên trang hoặc tải CSV.`,
  footer: (p) => `${p.province} · Số liệu đến ngày ${p.asOf} · Nguồn: ${p.source}`,
  page: 'Trang',
};

const en: PrintMessages = {
  filters: (p) => `Filters: ${p.scope} · year ${p.year}`,
  statusHeading: 'Status of every target',
  column: { area: 'Area', target: 'Target', status: 'Status', value: 'Now', goal: 'Goal', deadline: 'Deadline' },
  firstRows: (p) => `Printed: the first ${p.shown} of ${p.total} rows; see them all on the page or download the CSV.`,
  footer: (p) => `${p.province} · Figures as of ${p.asOf} · Source: ${p.source}`,
  page: 'Page',
};

export const PRINT_MESSAGES: Record<Locale, PrintMessages> = { vi, en };
