// The OCOP product list: its filters, columns and CSV, Vietnamese first and English.
import type { StarFilter } from '../domain/ocop/product-filter';
import type { ProductSortKey } from '../domain/product-table';
import { count, isOne } from './plural';
import type { Fn, ListMessages, Pairs } from './catalogue';
import { YES_NO } from './messages-print';

export interface OcopTableMessages {
  table: ListMessages & {
    caption: Fn<'date' | 'scope'>;
    searchHint: string;
    starsFilter: string;
    starOption: Record<StarFilter, string>;
    groupFilter: string;
    allGroups: string;
    expiringOnly: string;
    expiring: string;
    expiringCount: Fn<'from' | 'n' | 'until'>;
    /** Column names; the region column is named by the document's region level. */
    column: Record<Exclude<ProductSortKey, 'region'> | 'group' | 'subject' | 'commune' | 'status', string>;
    csv: { id: string; recognisedStars: string; subjectType: string; communeCode: string; expiringFlag: string; yes: string; no: string };
  };
}

export const OCOP_TABLE: Pairs<OcopTableMessages> = {
  table: {
    heading: {
      vi: 'Danh sách sản phẩm',
      en: 'Product list',
    },
    caption: {
      vi: (p) => `Sản phẩm của ${p.scope} theo hồ sơ đến ${p.date}`,
      en: (p) => `Products of ${p.scope} as recorded up to ${p.date}`,
    },
    search: {
      vi: 'Tìm theo tên sản phẩm, chủ thể hoặc xã',
      en: 'Search product, subject or commune name',
    },
    searchHint: {
      vi: 'Gõ không dấu cũng được, ví dụ "vu le".',
      en: 'Tone marks are optional, e.g. "vu le".',
    },
    starsFilter: {
      vi: 'Số sao',
      en: 'Stars',
    },
    starOption: {
      any: {
        vi: 'Tất cả',
        en: 'All',
      },
      '3': {
        vi: '3 sao',
        en: '3★',
      },
      '4': {
        vi: '4 sao',
        en: '4★',
      },
      '5': {
        vi: '5 sao',
        en: '5★',
      },
      none: {
        vi: 'Chưa được công nhận',
        en: 'Not recognised',
      },
    },
    groupFilter: {
      vi: 'Nhóm sản phẩm',
      en: 'Product group',
    },
    allGroups: {
      vi: 'Tất cả các nhóm',
      en: 'All groups',
    },
    expiringOnly: {
      vi: 'Chỉ sản phẩm hết hạn trong 12 tháng',
      en: 'Only products expiring within 12 months',
    },
    expiring: {
      vi: 'Hết hạn trong 12 tháng',
      en: 'Expires within 12 months',
    },
    expiringCount: {
      vi: (p) => `${p.n} sản phẩm trong danh sách có giấy chứng nhận hết hạn trong 12 tháng tới (từ ${p.from} đến ${p.until}).`,
      en: (p) =>
        `${count(p.n, 'product', 'products')} in the list ${isOne(p.n) ? 'has' : 'have'} a certificate expiring within the next 12 months (${p.from} to ${p.until}).`,
    },
    showing: {
      vi: (p) => `Hiển thị ${p.shown}/${p.total} sản phẩm`,
      en: (p) => `Showing ${p.shown} of ${count(p.total, 'product', 'products')}`,
    },
    showMore: {
      vi: (p) => `Xem thêm ${p.n} sản phẩm`,
      en: (p) => `Show ${count(p.n, 'more product', 'more products')}`,
    },
    noMatch: {
      vi: 'Không có sản phẩm nào khớp với bộ lọc.',
      en: 'No product matches the filters.',
    },
    download: {
      vi: 'Tải CSV các sản phẩm đã lọc',
      en: 'Download the filtered products (CSV)',
    },
    fileName: {
      vi: 'san-pham-ocop',
      en: 'ocop-products',
    },
    column: {
      name: {
        vi: 'Sản phẩm',
        en: 'Product',
      },
      stars: {
        vi: 'Số sao',
        en: 'Stars',
      },
      group: {
        vi: 'Nhóm',
        en: 'Group',
      },
      subject: {
        vi: 'Chủ thể',
        en: 'Subject',
      },
      commune: {
        vi: 'Xã',
        en: 'Commune',
      },
      ratingYear: {
        vi: 'Năm đánh giá',
        en: 'Rating year',
      },
      status: {
        vi: 'Trạng thái',
        en: 'Status',
      },
      expiry: {
        vi: 'Hết hạn',
        en: 'Expires',
      },
    },
    csv: {
      id: {
        vi: 'Mã sản phẩm',
        en: 'Product id',
      },
      recognisedStars: {
        vi: 'Số sao còn hiệu lực',
        en: 'Valid stars',
      },
      subjectType: {
        vi: 'Loại hình chủ thể',
        en: 'Subject type',
      },
      communeCode: {
        vi: 'Mã xã',
        en: 'Commune code',
      },
      expiringFlag: {
        vi: 'Hết hạn trong 12 tháng',
        en: 'Expires within 12 months',
      },
      ...YES_NO,
    },
  },
};
