// OCOP product groups and subjects, and their modern sales channels, Vietnamese first and English.
import type { SubjectType } from '../contract/values';
import { count, isOne } from './plural';
import type { Fn, Pairs } from './catalogue';
import type { ShareSummary, ShareSummaryNone } from './messages-ocop-years';

export interface OcopMixMessages {
  mix: {
    heading: string;
    groupsTitle: Fn<'year'>;
    group: string;
    groupsSummary: Fn<'groups' | 'n' | 'scope' | 'top' | 'total' | 'year' | 'zero'>;
    groupsSummaryNone: Fn<'scope' | 'year'>;
    subjectsTitle: Fn<'year'>;
    subjectType: string;
    subjects: string;
    modern: string;
    notModern: string;
    subjectCount: Record<SubjectType, Fn<'count' | 'n'>>;
    subjectsSummary: Fn<'parts' | 'scope' | 'total' | 'year'>;
    subjectsSummaryNone: Fn<'scope' | 'year'>;
    modernTitle: Fn<'year'>;
    allSubjects: string;
    noSubjectsTick: string;
    modernSummary: ShareSummary;
    modernSummaryNone: ShareSummaryNone;
  };
}

export const OCOP_MIX: Pairs<OcopMixMessages> = {
  mix: {
    heading: {
      vi: 'Nhóm sản phẩm và chủ thể OCOP',
      en: 'Product groups and OCOP subjects',
    },
    groupsTitle: {
      vi: (p) => `Sản phẩm OCOP theo nhóm, cuối năm ${p.year}`,
      en: (p) => `OCOP products by group, end of ${p.year}`,
    },
    group: {
      vi: 'Nhóm sản phẩm',
      en: 'Product group',
    },
    groupsSummary: {
      vi: (p) =>
        `Cuối năm ${p.year}, ${p.scope} có nhiều sản phẩm OCOP nhất ở nhóm ${p.top} (${p.n}/${p.total}); ${Number(p.zero) === 0 ? 'nhóm nào cũng có sản phẩm' : `${p.zero}/${p.groups} nhóm chưa có sản phẩm`}.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.scope} had most OCOP products in ${p.top} (${p.n} of ${p.total}); ${Number(p.zero) === 0 ? 'every group had some' : `${p.zero} of ${count(p.groups, 'group', 'groups')} had none`}.`,
    },
    groupsSummaryNone: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có sản phẩm OCOP nào.`,
      en: (p) => `At the end of ${p.year}, ${p.scope} had no OCOP product.`,
    },
    subjectsTitle: {
      vi: (p) => `Chủ thể OCOP theo loại hình, cuối năm ${p.year}`,
      en: (p) => `OCOP subjects by type, end of ${p.year}`,
    },
    subjectType: {
      vi: 'Loại hình chủ thể',
      en: 'Subject type',
    },
    subjects: {
      vi: 'Chủ thể OCOP',
      en: 'OCOP subjects',
    },
    modern: {
      vi: 'Bán qua kênh hiện đại',
      en: 'Sells through modern channels',
    },
    notModern: {
      vi: 'Chưa bán qua kênh hiện đại',
      en: 'Not yet through modern channels',
    },
    subjectCount: {
      cooperative: {
        vi: (p) => `${p.n} hợp tác xã`,
        en: (p) => `${p.n} ${isOne(p.count) ? 'cooperative' : 'cooperatives'}`,
      },
      enterprise: {
        vi: (p) => `${p.n} doanh nghiệp`,
        en: (p) => `${p.n} ${isOne(p.count) ? 'enterprise' : 'enterprises'}`,
      },
      household: {
        vi: (p) => `${p.n} hộ kinh doanh`,
        en: (p) => `${p.n} ${isOne(p.count) ? 'household business' : 'household businesses'}`,
      },
      'cooperative-group': {
        vi: (p) => `${p.n} tổ hợp tác`,
        en: (p) => `${p.n} ${isOne(p.count) ? 'cooperative group' : 'cooperative groups'}`,
      },
    },
    subjectsSummary: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.total} chủ thể OCOP (có sản phẩm còn hiệu lực): ${p.parts}.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.scope} had ${count(p.total, 'OCOP subject', 'OCOP subjects')} (with a valid product): ${p.parts}.`,
    },
    subjectsSummaryNone: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có chủ thể nào có sản phẩm OCOP còn hiệu lực.`,
      en: (p) => `At the end of ${p.year}, no subject in ${p.scope} had a valid OCOP product.`,
    },
    modernTitle: {
      vi: (p) => `Chủ thể OCOP bán hàng qua kênh hiện đại, cuối năm ${p.year}`,
      en: (p) => `OCOP subjects selling through modern channels, end of ${p.year}`,
    },
    allSubjects: {
      vi: 'Tất cả chủ thể OCOP',
      en: 'All OCOP subjects',
    },
    noSubjectsTick: {
      vi: '(không có chủ thể)',
      en: '(no subjects)',
    },
    modernSummary: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} có ${p.n}/${p.d} chủ thể OCOP (${p.value}) bán hàng qua kênh hiện đại${p.goal}.`,
      en: (p) =>
        `At the end of ${p.year}, ${p.n} of ${count(p.d, 'OCOP subject', 'OCOP subjects')} in ${p.scope} (${p.value}) sold through modern channels${p.goal}.`,
    },
    modernSummaryNone: {
      vi: (p) => `Cuối năm ${p.year}, ${p.scope} chưa có chủ thể OCOP nào nên chưa tính được tỷ lệ${p.goal}.`,
      en: (p) => `At the end of ${p.year}, ${p.scope} had no OCOP subject, so there is no share${p.goal}.`,
    },
  },
};
