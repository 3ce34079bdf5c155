// NTM communes one by one: the latest recognised, the list and a commune's details, Vietnamese first and English.
import type { SortKey } from '../domain/commune-table';
import { count } from './plural';
import type { Fn, ListMessages, Pairs } from './catalogue';

export interface NtmCommunesMessages {
  recentHeading: string;
  recentIntro: Fn<'count' | 'scope' | 'year'>;
  recentEmpty: Fn<'scope' | 'year'>;
  table: ListMessages & {
    caption: Fn<'scope' | 'year'>;
    levelFilter: string;
    allLevels: string;
    code: string;
    criteriaTotal: string;
    column: Record<SortKey, string>;
  };
  detail: {
    close: string;
    closeLabel: Fn<'name'>;
    level: string;
    year: string;
    criteriaSet: string;
    unknownSet: Fn<'id'>;
    criteriaMet: string;
    criteriaHeading: string;
    criterion: Fn<'id'>;
    met: string;
    notMet: string;
    noCriteria: string;
    historyHeading: string;
    unknownYear: string;
    current: string;
  };
}

export const NTM_COMMUNES: Pairs<NtmCommunesMessages> = {
  recentHeading: {
    vi: 'Xã mới được công nhận',
    en: 'Recently recognised communes',
  },
  recentIntro: {
    vi: (p) => `${p.count} lần công nhận gần nhất đến cuối năm ${p.year} (${p.scope}), mới nhất trước.`,
    en: (p) => `The ${count(p.count, 'latest recognition', 'latest recognitions')} up to the end of ${p.year} (${p.scope}), newest first.`,
  },
  recentEmpty: {
    vi: (p) => `Chưa có xã nào được công nhận đến cuối năm ${p.year} (${p.scope}).`,
    en: (p) => `No commune was recognised up to the end of ${p.year} (${p.scope}).`,
  },
  table: {
    heading: {
      vi: 'Danh sách xã',
      en: 'Communes',
    },
    caption: {
      vi: (p) => `Các xã có số liệu nông thôn mới, mức đạt chuẩn cuối năm ${p.year} (${p.scope})`,
      en: (p) => `Communes with new-rural-area records, level at the end of ${p.year} (${p.scope})`,
    },
    search: {
      vi: 'Tìm xã (gõ không dấu cũng được)',
      en: 'Find a commune (accents optional)',
    },
    levelFilter: {
      vi: 'Mức đạt chuẩn',
      en: 'Level',
    },
    allLevels: {
      vi: 'Tất cả các mức',
      en: 'All levels',
    },
    column: {
      name: {
        vi: 'Xã',
        en: 'Commune',
      },
      region: {
        vi: 'Đơn vị',
        en: 'Unit',
      },
      level: {
        vi: 'Mức đạt chuẩn',
        en: 'Level',
      },
      since: {
        vi: 'Năm công nhận',
        en: 'Year recognised',
      },
      criteria: {
        vi: 'Tiêu chí đạt',
        en: 'Criteria met',
      },
    },
    code: {
      vi: 'Mã xã',
      en: 'Commune code',
    },
    criteriaTotal: {
      vi: 'Tổng số tiêu chí',
      en: 'Criteria in the set',
    },
    showing: {
      vi: (p) => `Hiển thị ${p.shown}/${p.total} xã`,
      en: (p) => `Showing ${p.shown} of ${count(p.total, 'commune', 'communes')}`,
    },
    showMore: {
      vi: (p) => `Hiển thị thêm ${p.n} xã`,
      en: (p) => `Show ${p.n} more`,
    },
    noMatch: {
      vi: 'Không có xã nào khớp với từ tìm kiếm và mức đã chọn.',
      en: 'No commune matches the search and the chosen level.',
    },
    download: {
      vi: 'Tải CSV',
      en: 'Download CSV',
    },
    fileName: {
      vi: 'danh-sach-xa-nong-thon-moi',
      en: 'new-rural-area-communes',
    },
  },
  detail: {
    close: {
      vi: 'Đóng',
      en: 'Close',
    },
    closeLabel: {
      vi: (p) => `Đóng thông tin ${p.name}`,
      en: (p) => `Close the details of ${p.name}`,
    },
    level: {
      vi: 'Mức đạt chuẩn hiện tại',
      en: 'Current level',
    },
    year: {
      vi: 'Năm công nhận',
      en: 'Year recognised',
    },
    criteriaSet: {
      vi: 'Bộ tiêu chí',
      en: 'Criteria set',
    },
    unknownSet: {
      vi: (p) => `${p.id} (không có trong danh mục bộ tiêu chí của tài liệu)`,
      en: (p) => `${p.id} (not in the document's list of criteria sets)`,
    },
    criteriaMet: {
      vi: 'Số tiêu chí đạt',
      en: 'Criteria met',
    },
    criteriaHeading: {
      vi: 'Từng tiêu chí',
      en: 'Criterion by criterion',
    },
    criterion: {
      vi: (p) => `Tiêu chí ${p.id}`,
      en: (p) => `Criterion ${p.id}`,
    },
    met: {
      vi: 'Đạt',
      en: 'Met',
    },
    notMet: {
      vi: 'Chưa đạt',
      en: 'Not met',
    },
    noCriteria: {
      vi: 'Dữ liệu không có tình trạng từng tiêu chí của xã này.',
      en: 'The data has no per-criterion status for this commune.',
    },
    historyHeading: {
      vi: 'Quá trình đạt chuẩn',
      en: 'History',
    },
    unknownYear: {
      vi: 'Không rõ năm',
      en: 'Year unknown',
    },
    current: {
      vi: 'hiện tại',
      en: 'current',
    },
  },
};
