// The district scorecard's strings, Vietnamese first and English.
import type { CellMark } from '../domain/district-scorecard';
import type { Locale } from './format';
import { count } from './plural';

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
  others: (p: { count: number }) => string;
  seriesTitle: (p: { name: string; first: number; year: number }) => string;
  seriesSummary: (p: { year: number; values: string; goal: string }) => string;
  goalLine: (p: { goal: string }) => string;
}

const vi: ScorecardMessages = {
  heading: (p) => `So sánh các ${p.level}`,
  legend: (p) => `✓ đạt, ! dưới mức mục tiêu tỉnh, – chưa có số liệu. Số lượng so với mục tiêu tỉnh chia đều cho ${p.count} ${p.level}.`,
  howTo: 'Nhấn một dòng để lọc trang; nhấn tiêu đề cột để sắp xếp.',
  markIcon: { meets: '✓', below: '!', 'no-data': '–' },
  mark: { meets: 'đạt mức mục tiêu tỉnh', below: 'dưới mức mục tiêu tỉnh', 'no-data': 'chưa có số liệu' },
  goal: (p) => `mục tiêu ${p.goal}`,
  evenShare: (p) => `tỉnh ${p.goal}, chia đều ${p.share}`,
  ofProvince: (p) => `${p.share} của tỉnh`,
  selected: 'đang chọn',
  others: (p) => `Khác (${p.count} đơn vị)`,
  seriesTitle: (p) => `${p.name} theo từng đơn vị, ${p.first}–${p.year}`,
  seriesSummary: (p) => `Năm ${p.year}: ${p.values}. Mục tiêu tỉnh: ${p.goal}.`,
  goalLine: (p) => `Mục tiêu tỉnh (${p.goal})`,
};

const en: ScorecardMessages = {
  heading: (p) => `Compare ${p.level}s`,
  legend: (p) =>
    `✓ at, ! below the province target, – no data. Counts against the target split evenly over ${count(p.count, p.level, `${p.level}s`)}.`,
  howTo: 'Click a row to filter the page; a heading to sort.',
  markIcon: vi.markIcon,
  mark: { meets: "at the province's target level", below: "below the province's target level", 'no-data': 'no data' },
  goal: (p) => `target ${p.goal}`,
  evenShare: (p) => `province ${p.goal}, even share ${p.share}`,
  ofProvince: (p) => `${p.share} of province`,
  selected: 'selected',
  others: (p) => `Others (${p.count})`,
  seriesTitle: (p) => `${p.name} by district, ${p.first}–${p.year}`,
  seriesSummary: (p) => `${p.year}: ${p.values}. Province target: ${p.goal}.`,
  goalLine: (p) => `Province target (${p.goal})`,
};

export const SCORECARD_MESSAGES: Record<Locale, ScorecardMessages> = { vi, en };
