// The NTM (new rural areas) section's messages, Vietnamese first and English: levels, series and targets, and its parts.
import type { NtmLevel } from '../contract/values';
import type { NtmSeries } from '../domain/ntm/progress';
import { count } from './plural';
import { NTM_REGIONS, type NtmRegionsMessages } from './messages-ntm-regions';
import { NTM_YEARS, type NtmYearsMessages } from './messages-ntm-years';
import { NTM_COMMUNES, type NtmCommunesMessages } from './messages-ntm-communes';
import { catalogue, type Fn } from './catalogue';

export interface NtmMessages extends NtmRegionsMessages, NtmYearsMessages, NtmCommunesMessages {
  heading: string;
  /** The whole province as a sentence names it mid-way: "toàn tỉnh". */
  wholeProvinceInSentence: string;
  level: Record<NtmLevel, string>;
  /** A shape per level, so a level is never told by colour alone. */
  levelIcon: Record<NtmLevel, string>;
  series: Record<NtmSeries, string>;
  seriesProvince: Fn<'series'>;
  /** "ít nhất 120 xã NTM nâng cao trở lên đến 31/12/2025": a target in a sentence. */
  targetPhrase: Record<NtmSeries, Fn<'date' | 'goal'>>;
  targetLine: Fn<'series' | 'value'>;
  targetLegend: string;
  targetLegendProvince: string;
  column: {
    total: string;
    advancedOrHigher: string;
    share: string;
    year: string;
  };
}

export const NTM_MESSAGES = catalogue<NtmMessages>({
  ...NTM_REGIONS,
  ...NTM_YEARS,
  ...NTM_COMMUNES,
  heading: {
    vi: 'Nông thôn mới',
    en: 'New rural areas',
  },
  wholeProvinceInSentence: {
    vi: 'toàn tỉnh',
    en: 'the whole province',
  },
  level: {
    none: {
      vi: 'Chưa đạt chuẩn',
      en: 'Not yet certified',
    },
    ntm: {
      vi: 'Đạt chuẩn NTM',
      en: 'New rural area',
    },
    advanced: {
      vi: 'NTM nâng cao',
      en: 'Advanced',
    },
    model: {
      vi: 'NTM kiểu mẫu',
      en: 'Model',
    },
  },
  levelIcon: {
    none: {
      vi: '○',
      en: '○',
    },
    ntm: {
      vi: '●',
      en: '●',
    },
    advanced: {
      vi: '▲',
      en: '▲',
    },
    model: {
      vi: '★',
      en: '★',
    },
  },
  series: {
    ntmOrHigher: {
      vi: 'Đạt chuẩn NTM trở lên',
      en: 'New rural area or higher',
    },
    advancedOrHigher: {
      vi: 'NTM nâng cao trở lên',
      en: 'Advanced or higher',
    },
    model: {
      vi: 'NTM kiểu mẫu',
      en: 'Model',
    },
  },
  seriesProvince: {
    vi: (p) => `${p.series} (toàn tỉnh)`,
    en: (p) => `${p.series} (whole province)`,
  },
  targetPhrase: {
    ntmOrHigher: {
      vi: (p) => `${p.goal} xã đạt chuẩn NTM trở lên đến ${p.date}`,
      en: (p) => `${count(p.goal, 'commune', 'communes')} at new-rural-area level or higher by ${p.date}`,
    },
    advancedOrHigher: {
      vi: (p) => `${p.goal} xã NTM nâng cao trở lên đến ${p.date}`,
      en: (p) => `${count(p.goal, 'advanced commune', 'advanced communes')} (model included) by ${p.date}`,
    },
    model: {
      vi: (p) => `${p.goal} xã NTM kiểu mẫu đến ${p.date}`,
      en: (p) => `${count(p.goal, 'model commune', 'model communes')} by ${p.date}`,
    },
  },
  targetLine: {
    vi: (p) => `Mục tiêu ${p.series}: ${p.value}`,
    en: (p) => `Target, ${p.series}: ${p.value}`,
  },
  targetLegend: {
    vi: 'Mục tiêu',
    en: 'Target',
  },
  targetLegendProvince: {
    vi: 'Mục tiêu toàn tỉnh',
    en: 'Province-wide target',
  },
  column: {
    total: {
      vi: 'Số xã',
      en: 'Communes',
    },
    advancedOrHigher: {
      vi: 'NTM nâng cao trở lên',
      en: 'Advanced or higher',
    },
    share: {
      vi: 'Tỷ lệ nâng cao trở lên',
      en: 'Share advanced or higher',
    },
    year: {
      vi: 'Năm',
      en: 'Year',
    },
  },
});
