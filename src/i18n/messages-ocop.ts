// The OCOP section's messages, Vietnamese first and English: the words its charts share, and its parts.
import { OCOP_YEARS, type OcopYearsMessages } from './messages-ocop-years';
import { OCOP_REGIONS, type OcopRegionsMessages } from './messages-ocop-regions';
import { OCOP_MIX, type OcopMixMessages } from './messages-ocop-mix';
import { OCOP_TABLE, type OcopTableMessages } from './messages-ocop-table';
import { catalogue, type Fn } from './catalogue';

export interface OcopMessages extends OcopYearsMessages, OcopRegionsMessages, OcopMixMessages, OcopTableMessages {
  heading: string;
  /** "3 sao": a star count as a label (legend, column, cell). */
  stars: Fn<'n'>;
  /** A selected year or region on an axis, marked by a sign as well as by weight. */
  selectedMark: Fn<'label'>;
  wholeProvinceInSentence: string;
  province: string;
  goalLine: Fn<'goal'>;
  goalLineProvince: Fn<'goal'>;
  goalPart: Fn<'goal'>;
  goalPartProvince: Fn<'deadline' | 'goal'>;
  noValue: string;
  column: {
    year: string;
    total: string;
    share: string;
  };
}

export const OCOP_MESSAGES = catalogue<OcopMessages>({
  ...OCOP_YEARS,
  ...OCOP_REGIONS,
  ...OCOP_MIX,
  ...OCOP_TABLE,
  heading: {
    vi: 'OCOP',
    en: 'OCOP',
  },
  stars: {
    vi: (p) => `${p.n} sao`,
    en: (p) => `${p.n}★`,
  },
  selectedMark: {
    vi: (p) => `▶ ${p.label}`,
    en: (p) => `▶ ${p.label}`,
  },
  wholeProvinceInSentence: {
    vi: 'toàn tỉnh',
    en: 'the whole province',
  },
  province: {
    vi: 'Toàn tỉnh',
    en: 'Whole province',
  },
  goalLine: {
    vi: (p) => `Mục tiêu: ${p.goal}`,
    en: (p) => `Goal: ${p.goal}`,
  },
  goalLineProvince: {
    vi: (p) => `Mục tiêu toàn tỉnh: ${p.goal}`,
    en: (p) => `Province goal: ${p.goal}`,
  },
  goalPart: {
    vi: (p) => `; mục tiêu: ${p.goal}`,
    en: (p) => `; goal: ${p.goal}`,
  },
  goalPartProvince: {
    vi: (p) => `; mục tiêu toàn tỉnh: ${p.goal} (hạn ${p.deadline})`,
    en: (p) => `; province goal: ${p.goal} (by ${p.deadline})`,
  },
  noValue: {
    vi: '—',
    en: '—',
  },
  column: {
    year: {
      vi: 'Năm',
      en: 'Year',
    },
    total: {
      vi: 'Tổng',
      en: 'Total',
    },
    share: {
      vi: 'Tỷ lệ',
      en: 'Share',
    },
  },
});
