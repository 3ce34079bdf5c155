// The district scorecard's strings, Vietnamese first and English.
import type { CellMark } from '../domain/district-scorecard';
import { count } from './plural';
import { catalogue } from './catalogue';

export interface ScorecardMessages {
  heading: (p: { level: string }) => string;
  legend: (p: { count: number; level: string }) => string;
  /** How to use the table on screen; not printed. */
  howTo: string;
  markIcon: Record<CellMark, string>;
  mark: Record<CellMark, string>;
  goal: (p: { goal: string }) => string;
  evenShare: (p: { goal: string; share: string }) => string;
  ofProvince: (p: { share: string }) => string;
  selected: string;
  /** The button under a long table: `n` more rows (a formatted number). */
  showMore: (p: { n: string; level: string }) => string;
  showing: (p: { shown: string; total: string; level: string }) => string;
  others: (p: { count: number }) => string;
  seriesTitle: (p: { name: string; first: number; year: number }) => string;
  seriesSummary: (p: { year: number; values: string; goal: string }) => string;
  goalLine: (p: { goal: string }) => string;
}

export const SCORECARD_MESSAGES = catalogue<ScorecardMessages>({
  heading: {
    vi: (p) => `So sánh các ${p.level}`,
    en: (p) => `Compare ${p.level}s`,
  },
  legend: {
    vi: (p) => `✓ đạt, ! dưới mức mục tiêu tỉnh, – chưa có số liệu. Số lượng so với mục tiêu tỉnh chia đều cho ${p.count} ${p.level}.`,
    en: (p) =>
      `✓ at, ! below the province target, – no data. Counts against the target split evenly over ${count(p.count, p.level, `${p.level}s`)}.`,
  },
  showMore: {
    vi: (p) => `Xem thêm ${p.n} ${p.level}`,
    en: (p) => `Show ${count(p.n, `more ${p.level}`, `more ${p.level}s`)}`,
  },
  showing: {
    vi: (p) => `Hiển thị ${p.shown}/${p.total} ${p.level}`,
    en: (p) => `Showing ${p.shown} of ${count(p.total, p.level, `${p.level}s`)}`,
  },
  howTo: {
    vi: 'Nhấn một dòng để lọc trang; nhấn tiêu đề cột để sắp xếp.',
    en: 'Click a row to filter the page; a heading to sort.',
  },
  markIcon: {
    meets: {
      vi: '✓',
      en: '✓',
    },
    below: {
      vi: '!',
      en: '!',
    },
    'no-data': {
      vi: '–',
      en: '–',
    },
  },
  mark: {
    meets: {
      vi: 'đạt mức mục tiêu tỉnh',
      en: "at the province's target level",
    },
    below: {
      vi: 'dưới mức mục tiêu tỉnh',
      en: "below the province's target level",
    },
    'no-data': {
      vi: 'chưa có số liệu',
      en: 'no data',
    },
  },
  goal: {
    vi: (p) => `mục tiêu ${p.goal}`,
    en: (p) => `target ${p.goal}`,
  },
  evenShare: {
    vi: (p) => `tỉnh ${p.goal}, chia đều ${p.share}`,
    en: (p) => `province ${p.goal}, even share ${p.share}`,
  },
  ofProvince: {
    vi: (p) => `${p.share} của tỉnh`,
    en: (p) => `${p.share} of province`,
  },
  selected: {
    vi: 'đang chọn',
    en: 'selected',
  },
  others: {
    vi: (p) => `Khác (${p.count} đơn vị)`,
    en: (p) => `Others (${p.count})`,
  },
  seriesTitle: {
    vi: (p) => `${p.name} theo từng đơn vị, ${p.first}–${p.year}`,
    en: (p) => `${p.name} by district, ${p.first}–${p.year}`,
  },
  seriesSummary: {
    vi: (p) => `Năm ${p.year}: ${p.values}. Mục tiêu tỉnh: ${p.goal}.`,
    en: (p) => `${p.year}: ${p.values}. Province target: ${p.goal}.`,
  },
  goalLine: {
    vi: (p) => `Mục tiêu tỉnh (${p.goal})`,
    en: (p) => `Province target (${p.goal})`,
  },
});
