// Messages of the printed handout and the downloads, in Vietnamese first and English.
import type { Locale } from './format';
import { count } from './plural';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface PrintMessages {
  filters: Fn<'scope' | 'year'>;
  filtersValue: Fn<'scope' | 'year'>;
  statusHeading: string;
  column: { area: string; target: string; status: string; value: string; goal: string; deadline: string };
  firstRows: Fn<'shown' | 'total'>;
  footer: Fn<'asOf' | 'province' | 'source'>;
  page: string;
  export: {
    menu: string;
    png: string;
    csv: string;
    xlsx: string;
    scope: string;
    asOf: string;
    source: string;
    filters: string;
    sample: string;
    yes: string;
    no: string;
    dataSheet: string;
    aboutSheet: string;
    failed: string;
  };
}

const vi: PrintMessages = {
  filters: (p) => `Bộ lọc: ${p.scope} · năm ${p.year}`,
  filtersValue: (p) => `${p.scope} · năm ${p.year}`,
  statusHeading: 'Trạng thái các mục tiêu',
  column: { area: 'Lĩnh vực', target: 'Mục tiêu', status: 'Trạng thái', value: 'Hiện tại', goal: 'Chỉ tiêu', deadline: 'Hạn' },
  firstRows: (p) => `Bản in: ${p.shown} dòng đầu trong tổng số ${p.total}; xem đầy đủ trên trang hoặc tải CSV.`,
  footer: (p) => `${p.province} · Số liệu đến ngày ${p.asOf} · Nguồn: ${p.source}`,
  page: 'Trang',
  export: {
    menu: 'Tải về',
    png: 'Ảnh PNG',
    csv: 'Bảng CSV',
    xlsx: 'Bảng Excel',
    scope: 'Phạm vi',
    asOf: 'Số liệu đến ngày',
    source: 'Nguồn',
    filters: 'Bộ lọc',
    sample: 'Số liệu minh họa',
    yes: 'có',
    no: 'không',
    dataSheet: 'Số liệu',
    aboutSheet: 'Nguồn',
    failed: 'Không tạo được tệp. Hãy thử lại.',
  },
};

const en: PrintMessages = {
  filters: (p) => `Filters: ${p.scope} · year ${p.year}`,
  filtersValue: (p) => `${p.scope} · year ${p.year}`,
  statusHeading: 'Status of every target',
  column: { area: 'Area', target: 'Target', status: 'Status', value: 'Now', goal: 'Goal', deadline: 'Deadline' },
  firstRows: (p) => `Printed: the first ${p.shown} of ${count(p.total, 'row', 'rows')}; see them all on the page or download the CSV.`,
  footer: (p) => `${p.province} · Figures as of ${p.asOf} · Source: ${p.source}`,
  page: 'Page',
  export: {
    menu: 'Download',
    png: 'PNG image',
    csv: 'CSV table',
    xlsx: 'Excel table',
    scope: 'Scope',
    asOf: 'Figures as of',
    source: 'Source',
    filters: 'Filters',
    sample: 'Illustrative sample data',
    yes: 'yes',
    no: 'no',
    dataSheet: 'Data',
    aboutSheet: 'Source',
    failed: 'The file could not be made. Please try again.',
  },
};

export const PRINT_MESSAGES: Record<Locale, PrintMessages> = { vi, en };
