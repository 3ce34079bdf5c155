// The document's own categories: product groups, subject types and product statuses, Vietnamese first and English.
import type { ProductGroup, ProductStatus, SubjectType } from '../contract/values';
import type { Pairs } from './catalogue';

export interface VocabularyMessages {
  productGroup: Record<ProductGroup, string>;
  subjectType: Record<SubjectType, string>;
  productStatus: Record<ProductStatus, string>;
}

export const VOCABULARY: Pairs<VocabularyMessages> = {
  productGroup: {
    food: {
      vi: 'Thực phẩm',
      en: 'Food',
    },
    drinks: {
      vi: 'Đồ uống',
      en: 'Drinks',
    },
    herbal: {
      vi: 'Dược liệu và sản phẩm từ dược liệu',
      en: 'Medicinal herbs and herbal products',
    },
    handicraft: {
      vi: 'Thủ công mỹ nghệ',
      en: 'Handicrafts',
    },
    ornamental: {
      vi: 'Sinh vật cảnh',
      en: 'Ornamental plants and animals',
    },
    tourism: {
      vi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái',
      en: 'Community and eco-tourism services',
    },
  },
  subjectType: {
    cooperative: {
      vi: 'Hợp tác xã',
      en: 'Cooperative',
    },
    enterprise: {
      vi: 'Doanh nghiệp',
      en: 'Enterprise',
    },
    household: {
      vi: 'Hộ kinh doanh',
      en: 'Household business',
    },
    'cooperative-group': {
      vi: 'Tổ hợp tác',
      en: 'Cooperative group',
    },
  },
  productStatus: {
    new: {
      vi: 'Mới',
      en: 'New',
    },
    're-recognised': {
      vi: 'Công nhận lại',
      en: 'Re-recognised',
    },
    upgraded: {
      vi: 'Nâng hạng',
      en: 'Upgraded',
    },
    lapsed: {
      vi: 'Hết hiệu lực',
      en: 'Lapsed',
    },
    'not-recognised': {
      vi: 'Không đạt',
      en: 'Not recognised',
    },
  },
};
