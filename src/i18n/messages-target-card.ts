// One target's card: its figures, the pace, whose status it is and the change since last year, Vietnamese first and English.
import type { Fn, Pairs } from './catalogue';

export interface TargetCardMessages {
  targetsHeading: string;
  targetValue: string;
  targetGoal: string;
  targetDeadline: string;
  targetSource: string;
  targetBaseline: Fn<'date' | 'value'>;
  expectedByNow: Fn<'date' | 'value'>;
  judgedOnProvince: Fn<'contribution' | 'scope' | 'value'>;
  provinceOnly: Fn<'scope' | 'value'>;
  provinceTarget: string;
  contribution: Fn<'scope'>;
  regionTarget: Fn<'regions'>;
  regionTargetsHeading: string;
  impliedBaseline: Fn<'date'>;
  aboveRange: string;
  deadlinePassed: string;
  changeSince: Fn<'delta' | 'sign' | 'year'>;
  changeSameDate: Fn<'date' | 'delta' | 'sign' | 'value' | 'year'>;
  wholeYearBefore: Fn<'current' | 'date' | 'value' | 'year'>;
  noChange: string;
  /** "cuối năm 2024" for a complete year, "đến 30/06/2025" for one not over. */
  whenYearEnd: Fn<'year'>;
  whenUntil: Fn<'date'>;
  inYear: Fn<'year'>;
}

export const TARGET_CARD: Pairs<TargetCardMessages> = {
  targetsHeading: {
    vi: 'Các mục tiêu',
    en: 'Targets',
  },
  targetValue: {
    vi: 'Hiện tại',
    en: 'Now',
  },
  targetGoal: {
    vi: 'Mục tiêu',
    en: 'Target',
  },
  targetDeadline: {
    vi: 'Hạn',
    en: 'Deadline',
  },
  targetSource: {
    vi: 'Nguồn',
    en: 'Source',
  },
  targetBaseline: {
    vi: (p) => `Mốc xuất phát: ${p.value} (${p.date})`,
    en: (p) => `Baseline: ${p.value} (${p.date})`,
  },
  expectedByNow: {
    vi: (p) => `theo tiến độ cần khoảng ${p.value} đến ${p.date}`,
    en: (p) => `the pace needs about ${p.value} by ${p.date}`,
  },
  judgedOnProvince: {
    vi: (p) => `Trạng thái là của mục tiêu toàn tỉnh (${p.value} trên toàn tỉnh); ${p.scope} góp ${p.contribution}.`,
    en: (p) => `The status is the province-wide target's (${p.value} province-wide); ${p.scope} contributes ${p.contribution}.`,
  },
  provinceOnly: {
    vi: (p) => `Trạng thái và giá trị báo cáo (${p.value}) là của toàn tỉnh; không có số riêng cho ${p.scope}.`,
    en: (p) => `The status and the reported value (${p.value}) are the whole province's; there is no figure for ${p.scope} alone.`,
  },
  provinceTarget: {
    vi: 'Mục tiêu của tỉnh',
    en: "Province's target",
  },
  contribution: {
    vi: (p) => `${p.scope} góp`,
    en: (p) => `${p.scope} contributes`,
  },
  regionTarget: {
    vi: (p) => `Mục tiêu riêng của ${p.regions}`,
    en: (p) => `Own target of ${p.regions}`,
  },
  regionTargetsHeading: {
    vi: 'Mục tiêu riêng của các huyện (không tính vào kết quả của tỉnh)',
    en: "Districts' own targets (not counted in the province's results)",
  },
  impliedBaseline: {
    vi: (p) => `tiến độ tính từ 0 ngày ${p.date}`,
    en: (p) => `pace counted from 0 on ${p.date}`,
  },
  aboveRange: {
    vi: 'vượt khoảng mục tiêu',
    en: 'above the target range',
  },
  deadlinePassed: {
    vi: 'đã đến hạn',
    en: 'deadline reached',
  },
  changeSince: {
    vi: (p) => `${p.sign}${p.delta} so với cuối năm ${p.year}`,
    en: (p) => `${p.sign}${p.delta} since the end of ${p.year}`,
  },
  changeSameDate: {
    vi: (p) => `${p.sign}${p.delta} so với cùng kỳ năm ${p.year} (${p.value} đến ${p.date})`,
    en: (p) => `${p.sign}${p.delta} on the same period of ${p.year} (${p.value} by ${p.date})`,
  },
  wholeYearBefore: {
    vi: (p) => `Cả năm ${p.year}: ${p.value} (năm ${p.current} mới tính đến ${p.date})`,
    en: (p) => `All of ${p.year}: ${p.value} (${p.current} runs only to ${p.date})`,
  },
  noChange: {
    vi: 'không đổi so với năm trước',
    en: 'no change from the previous year',
  },
  whenYearEnd: {
    vi: (p) => `cuối năm ${p.year}`,
    en: (p) => `at the end of ${p.year}`,
  },
  whenUntil: {
    vi: (p) => `đến ${p.date}`,
    en: (p) => `by ${p.date}`,
  },
  inYear: {
    vi: (p) => `năm ${p.year}`,
    en: (p) => `in ${p.year}`,
  },
};
