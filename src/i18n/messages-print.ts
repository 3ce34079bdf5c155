// Messages of the printed handout and the downloads, in Vietnamese first and English.
import { count } from './plural';
import { catalogue, type Fn, type Pairs } from './catalogue';

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
/** A download's cells for true and false. */
export const YES_NO: Pairs<Record<'yes' | 'no', string>> = {
  yes: {
    vi: 'có',
    en: 'yes',
  },
  no: {
    vi: 'không',
    en: 'no',
  },
};

export const PRINT_MESSAGES = catalogue<PrintMessages>({
  filters: {
    vi: (p) => `Bộ lọc: ${p.scope} · năm ${p.year}`,
    en: (p) => `Filters: ${p.scope} · year ${p.year}`,
  },
  filtersValue: {
    vi: (p) => `${p.scope} · năm ${p.year}`,
    en: (p) => `${p.scope} · year ${p.year}`,
  },
  statusHeading: {
    vi: 'Trạng thái các mục tiêu',
    en: 'Status of every target',
  },
  column: {
    area: {
      vi: 'Lĩnh vực',
      en: 'Area',
    },
    target: {
      vi: 'Mục tiêu',
      en: 'Target',
    },
    status: {
      vi: 'Trạng thái',
      en: 'Status',
    },
    value: {
      vi: 'Hiện tại',
      en: 'Now',
    },
    goal: {
      vi: 'Chỉ tiêu',
      en: 'Goal',
    },
    deadline: {
      vi: 'Hạn',
      en: 'Deadline',
    },
  },
  firstRows: {
    vi: (p) => `Bản in: ${p.shown} dòng đầu trong tổng số ${p.total}; xem đầy đủ trên trang hoặc tải CSV.`,
    en: (p) => `Printed: the first ${p.shown} of ${count(p.total, 'row', 'rows')}; see them all on the page or download the CSV.`,
  },
  footer: {
    vi: (p) => `${p.province} · Số liệu đến ngày ${p.asOf} · Nguồn: ${p.source}`,
    en: (p) => `${p.province} · Figures as of ${p.asOf} · Source: ${p.source}`,
  },
  page: {
    vi: 'Trang',
    en: 'Page',
  },
  export: {
    menu: {
      vi: 'Tải về',
      en: 'Download',
    },
    png: {
      vi: 'Ảnh PNG',
      en: 'PNG image',
    },
    csv: {
      vi: 'Bảng CSV',
      en: 'CSV table',
    },
    xlsx: {
      vi: 'Bảng Excel',
      en: 'Excel table',
    },
    scope: {
      vi: 'Phạm vi',
      en: 'Scope',
    },
    asOf: {
      vi: 'Số liệu đến ngày',
      en: 'Figures as of',
    },
    source: {
      vi: 'Nguồn',
      en: 'Source',
    },
    filters: {
      vi: 'Bộ lọc',
      en: 'Filters',
    },
    sample: {
      vi: 'Số liệu minh họa',
      en: 'Illustrative sample data',
    },
    ...YES_NO,
    dataSheet: {
      vi: 'Số liệu',
      en: 'Data',
    },
    aboutSheet: {
      vi: 'Nguồn',
      en: 'Source',
    },
    failed: {
      vi: 'Không tạo được tệp. Hãy thử lại.',
      en: 'The file could not be made. Please try again.',
    },
  },
});
