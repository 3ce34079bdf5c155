// The district scorecard's strings, Vietnamese first and English.
import type { CellMark } from '../domain/district-scorecard';
import type { Locale } from './format';

export interface ScorecardMessages {
  heading: (p: { level: string }) => string;
  caption: (p: { level: string; year: number }) => string;
  legend: (p: { count: number; level: string }) => string;
  hint: string;
  markIcon: Record<CellMark, string>;
  mark: Record<CellMark, string>;
  goal: (p: { goal: string }) => string;
  evenShare: (p: { goal: string; share: string }) => string;
  ofProvince: (p: { share: string }) => string;
  province: string;
  selected: string;
  filterTo: (p: { name: string }) => string;
  csvShare: (p: { name: string }) => string;
  fileName: (p: { year: number }) => string;
  none: string;
}

const vi: ScorecardMessages = {
  heading: (p) => `So sánh các ${p.level}`,
  caption: (p) => `Các mục tiêu theo từng ${p.level}, năm ${p.year}`,
  legend: (p) =>
    `✓ đạt mức mục tiêu của tỉnh, ! dưới mức, – chưa có số liệu. Tỷ lệ so với chính mục tiêu tỉnh; số lượng so với phần chia đều mục tiêu tỉnh cho ${p.count} ${p.level}, kèm phần đóng góp vào tổng của tỉnh.`,
  hint: 'Nhấn vào một dòng để lọc cả trang theo đơn vị đó; nhấn tiêu đề cột để sắp xếp.',
  markIcon: { meets: '✓', below: '!', 'no-data': '–' },
  mark: { meets: 'đạt mức mục tiêu tỉnh', below: 'dưới mức mục tiêu tỉnh', 'no-data': 'chưa có số liệu' },
  goal: (p) => `mục tiêu ${p.goal}`,
  evenShare: (p) => `tỉnh ${p.goal}, chia đều ${p.share}`,
  ofProvince: (p) => `${p.share} của tỉnh`,
  province: 'Toàn tỉnh',
  selected: 'đang chọn',
  filterTo: (p) => `Lọc trang theo ${p.name}`,
  csvShare: (p) => `${p.name}: phần của tỉnh (%)`,
  fileName: (p) => `so-sanh-theo-don-vi-${p.year}`,
  none: 'Tài liệu không có mục tiêu nào tính được theo từng đơn vị.',
};

const en: ScorecardMessages = {
  heading: (p) => `Compare ${p.level}s`,
  caption: (p) => `Targets by ${p.level}, ${p.year}`,
  legend: (p) =>
    `✓ at the province's target level, ! below it, – no data. Shares are judged on the province target itself; counts on an even share of it across the ${p.count} ${p.level}s, with each one's part of the province total.`,
  hint: 'Click a row to filter the whole page to it; click a column heading to sort.',
  markIcon: vi.markIcon,
  mark: { meets: "at the province's target level", below: "below the province's target level", 'no-data': 'no data' },
  goal: (p) => `target ${p.goal}`,
  evenShare: (p) => `province ${p.goal}, even share ${p.share}`,
  ofProvince: (p) => `${p.share} of province`,
  province: 'Whole province',
  selected: 'selected',
  filterTo: (p) => `Filter the page to ${p.name}`,
  csvShare: (p) => `${p.name}: share of province (%)`,
  fileName: (p) => `district-scorecard-${p.year}`,
  none: 'The document has no target that can be computed per district.',
};

export const SCORECARD_MESSAGES: Record<Locale, ScorecardMessages> = { vi, en };
