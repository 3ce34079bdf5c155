// The message catalogue: the page's own words, and through its parts every other string of the first screen.
import type { Locale } from './format';
import { STATUS, type StatusMessages } from './messages-status';
import { TARGET_CARD, type TargetCardMessages } from './messages-target-card';
import { REASONS, type ReasonMessages } from './messages-reasons';
import { LOAD_ERRORS, type LoadErrorMessages } from './messages-load-errors';
import { PROBLEMS, type ProblemMessages } from './messages-problems';
import { VOCABULARY, type VocabularyMessages } from './messages-vocabulary';
import { catalogue, type Fn } from './catalogue';

export interface Messages
  extends StatusMessages, TargetCardMessages, ReasonMessages, LoadErrorMessages, ProblemMessages, VocabularyMessages {
  appName: string;
  skipToContent: string;
  language: string;
  languageName: Record<Locale, string>;
  asOf: string;
  source: string;
  publisher: string;
  sampleBadge: string;
  sampleNotice: string;
  sourcesHeading: string;
  nonDefaultSource: Fn<'url'>;
  geography: string;
  loading: string;
  retry: string;
  retrying: string;
  wholeProvince: string;
  /** The whole province mid-sentence: "toàn tỉnh" ("Toàn tỉnh" only starts a sentence or a label). */
  wholeProvinceInSentence: string;
  year: string;
  showTable: string;
  sectionLoading: string;
  sectionFailed: string;
  present: {
    start: string;
    deck: string;
    slide: string;
    controls: string;
  };
  removeRegion: Fn<'name'>;
  findRegion: Fn<'count' | 'level'>;
  moreRegions: Fn<'shown' | 'total'>;
  filterByRegion: Fn<'level'>;
  showChart: string;
  downloadCsv: string;
}

export const CATALOGUE = catalogue<Messages>({
  ...STATUS,
  ...TARGET_CARD,
  ...REASONS,
  ...LOAD_ERRORS,
  ...PROBLEMS,
  ...VOCABULARY,
  appName: {
    vi: 'Theo dõi mục tiêu OCOP, nông thôn mới và làng nghề',
    en: 'OCOP, new rural area and craft village targets',
  },
  skipToContent: {
    vi: 'Bỏ qua, đến nội dung chính',
    en: 'Skip to main content',
  },
  language: {
    vi: 'Ngôn ngữ',
    en: 'Language',
  },
  languageName: {
    vi: {
      vi: 'Tiếng Việt',
      en: 'Tiếng Việt',
    },
    en: {
      vi: 'English',
      en: 'English',
    },
  },
  asOf: {
    vi: 'Số liệu đến ngày',
    en: 'Figures as of',
  },
  source: {
    vi: 'Nguồn dữ liệu',
    en: 'Data source',
  },
  publisher: {
    vi: 'Đơn vị công bố',
    en: 'Publisher',
  },
  sampleBadge: {
    vi: 'Số liệu minh họa',
    en: 'Illustrative sample data',
  },
  sampleNotice: {
    vi: 'Đây là số liệu minh họa, không phải số liệu chính thức. Nguồn của các số tổng được ghi dưới đây.',
    en: 'These are illustrative figures, not official statistics. The sources of the totals are listed below.',
  },
  sourcesHeading: {
    vi: 'Nguồn tham khảo',
    en: 'Sources',
  },
  nonDefaultSource: {
    vi: (p) => `Đang hiển thị dữ liệu từ nguồn khác mặc định: ${p.url}`,
    en: (p) => `Showing data from a non-default source: ${p.url}`,
  },
  geography: {
    vi: 'Địa giới',
    en: 'Geography',
  },
  loading: {
    vi: 'Đang tải dữ liệu…',
    en: 'Loading data…',
  },
  retry: {
    vi: 'Thử lại',
    en: 'Try again',
  },
  retrying: {
    vi: 'Đang thử lại…',
    en: 'Trying again…',
  },
  wholeProvince: {
    vi: 'Toàn tỉnh',
    en: 'Whole province',
  },
  wholeProvinceInSentence: {
    vi: 'toàn tỉnh',
    en: 'the whole province',
  },
  year: {
    vi: 'Năm',
    en: 'Year',
  },
  showTable: {
    vi: 'Xem dạng bảng',
    en: 'Show as table',
  },
  sectionLoading: {
    vi: 'Đang tải biểu đồ…',
    en: 'Loading charts…',
  },
  sectionFailed: {
    vi: 'Không tải được phần này của trang.',
    en: 'This part of the page could not be loaded.',
  },
  findRegion: {
    vi: (p) => `Tìm ${p.level} (${p.count})`,
    en: (p) => `Find a ${p.level} (${p.count})`,
  },
  removeRegion: {
    vi: (p) => `Bỏ chọn ${p.name}`,
    en: (p) => `Remove ${p.name}`,
  },
  moreRegions: {
    vi: (p) => `Hiển thị ${p.shown}/${p.total}; gõ tên để thu hẹp.`,
    en: (p) => `Showing ${p.shown} of ${p.total}; type a name to narrow.`,
  },
  filterByRegion: {
    vi: (p) => `Lọc theo ${p.level}`,
    en: (p) => `Filter by ${p.level}`,
  },
  showChart: {
    vi: 'Xem biểu đồ',
    en: 'Show chart',
  },
  downloadCsv: {
    vi: 'Tải CSV',
    en: 'Download CSV',
  },
  present: {
    start: {
      vi: 'Trình chiếu',
      en: 'Present',
    },
    deck: {
      vi: 'bản trình chiếu',
      en: 'slide deck',
    },
    slide: {
      vi: 'Trang',
      en: 'Slide',
    },
    controls: {
      vi: 'Điều khiển trình chiếu',
      en: 'Presentation controls',
    },
  },
});
