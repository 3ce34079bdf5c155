// The document's meta block, its sources (only those named in the domain brief) and the 2025 targets.
import type { Source } from '../../src/contract/fields';
import type { Meta } from '../../src/contract/meta';
import type { Target } from '../../src/contract/targets';
import { CRITERIA, CRITERIA_SET_ID } from './ntm';
import { GEOGRAPHY_SOURCES, PROVINCE } from './reference';

export const AS_OF = '2025-06-30';
export const GENERATED_AT = '2025-07-01T08:00:00+07:00';

const S = {
  gso: {
    name: 'Tổng cục Thống kê: Danh mục đơn vị hành chính Việt Nam',
    url: 'https://danhmuchanhchinh.gso.gov.vn',
    date: '2025-03-01',
    note: `8 huyện, thành phố và 242 xã, phường, thị trấn của tỉnh Thái Bình, hiệu lực 01/11/2024–30/06/2025 (bản chụp ${GEOGRAPHY_SOURCES.admin.dataDate}), lấy qua kho daohoangson/dvhcvn.`,
  },
  dvhcvn: {
    name: 'Kho dữ liệu daohoangson/dvhcvn (GPL-3.0)',
    url: 'https://github.com/daohoangson/dvhcvn',
    note: 'Tái bản danh mục đơn vị hành chính (data/dvhcvn.json) và ranh giới hành chính (data/gis/34.json).',
  },
  gis: {
    name: 'Hệ thống bản đồ hành chính của Chính phủ',
    url: 'https://gis.chinhphu.vn',
    date: '2025-03-01',
    note: 'Ranh giới 8 huyện, thành phố; tọa độ làm tròn 5 chữ số thập phân (khoảng 1 m), lấy qua kho daohoangson/dvhcvn.',
  },
  qd318: { name: 'Quyết định 318/QĐ-TTg: Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021–2025', date: '2022-03-08' },
  qd319: { name: 'Quyết định 319/QĐ-TTg: Quy định xã nông thôn mới kiểu mẫu giai đoạn 2021–2025' },
  qd148: { name: 'Quyết định 148/QĐ-TTg (2023): Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP' },
  ocop2021: {
    name: 'nongsan14-10.com: Thái Bình công bố 47 sản phẩm OCOP năm 2021',
    url: 'https://nongsan14-10.com',
    note: '47 sản phẩm ở 8/8 huyện, thành phố (quyết định ký 26/04/2022; dữ liệu mẫu ghi vào cuối năm 2021).',
  },
  ocop2022: {
    name: 'Truyền hình Thái Bình (thaibinhtv.vn)',
    url: 'https://thaibinhtv.vn',
    date: '2022-11-21',
    note: '64 sản phẩm OCOP đến 10/2022: 32 sản phẩm 4 sao, 32 sản phẩm 3 sao.',
  },
  ocop2023: {
    name: 'VCCI News (vccinews.com)',
    url: 'https://vccinews.com',
    date: '2023-11-15',
    note: '113 sản phẩm OCOP: 48 sản phẩm 4 sao, 65 sản phẩm 3 sao.',
  },
  ocop2024: {
    name: 'Doanh nghiệp Hội nhập (doanhnghiephoinhap.vn)',
    url: 'https://doanhnghiephoinhap.vn',
    note: '6/2024: 194 sản phẩm OCOP (48 sản phẩm 4 sao, 146 sản phẩm 3 sao) của 136–137 chủ thể; 4/2024: huyện Tiền Hải 36 sản phẩm của 26 chủ thể tại 18 xã, 4 sản phẩm 4 sao.',
  },
  ocop2025: {
    name: 'Báo Thái Bình',
    url: 'https://baothaibinh.com.vn',
    date: '2025-04-17',
    note: '67 sản phẩm 4 sao, trong đó 22 sản phẩm được đánh giá 4 sao trong đợt cấp tỉnh năm 2024.',
  },
  seed: {
    name: 'Báo Thái Bình: "Thái Bình triển khai đồng bộ Chương trình OCOP năm 2025" (Minh Nguyệt)',
    url: 'https://baothaibinh.com.vn',
    note: 'Các mục tiêu OCOP năm 2025; nước mắm Tiền Châu (Tiền Hải) đạt 3 sao. Ngày đăng không có trong bản lưu (sau 12/02/2025).',
  },
  ntmNews: {
    name: 'Báo Thái Bình: tin nông thôn mới',
    url: 'https://baothaibinh.com.vn',
    note: 'An Ninh, Đông Hoàng (Tiền Hải) đạt NTM nâng cao (24/01/2024); Vũ Thư phấn đấu 8 xã NTM nâng cao năm 2024 (29/03/2024); Thụy Duyên xây dựng xã NTM kiểu mẫu (30/09/2024); Vũ Lễ, Đông Xá đạt NTM nâng cao (12/02/2025). Tỉnh: 15 xã NTM nâng cao (01/2022), 25 (11/2023), 43 và 4 xã NTM kiểu mẫu (03–04/2025).',
  },
  plan2023: {
    name: 'Kế hoạch xây dựng nông thôn mới tỉnh Thái Bình (11/2023)',
    note: '120 xã NTM nâng cao (50,2%), 12 xã NTM kiểu mẫu, 1 huyện NTM nâng cao đến 2025. Mâu thuẫn với nghị quyết năm 2021; số hiệu văn bản chưa xác minh.',
  },
  resolution2021: {
    name: 'Nghị quyết của tỉnh Thái Bình về xây dựng nông thôn mới giai đoạn 2021–2025 (2021)',
    note: 'Trên 20% xã NTM nâng cao, ít nhất 10% xã NTM kiểu mẫu đến 2025. Mâu thuẫn với kế hoạch 11/2023; số hiệu văn bản chưa xác minh.',
  },
  villages: {
    name: 'Báo cáo về làng nghề tỉnh Thái Bình (khoảng 11/2024, chưa xác minh)',
    note: '242 làng nghề được công nhận (05/2014); khoảng 141 làng còn giữ danh hiệu, khoảng 35 làng nghề truyền thống.',
  },
} satisfies Record<string, Source>;

export function meta(): Meta {
  return {
    schemaVersion: 1.1,
    title: 'Tiến độ OCOP, nông thôn mới và làng nghề tỉnh Thái Bình',
    province: PROVINCE,
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    publisher: { name: 'Số liệu minh họa của dự án (không phải số liệu chính thức)' },
    sources: Object.values(S),
    sample: true,
    geography: {
      label: 'Địa giới hành chính trước 01/07/2025',
      regionLevel: { vi: 'Huyện/Thành phố', en: 'District' },
      validUntil: '2025-06-30',
    },
    en: {
      title: 'OCOP, new rural area and craft village progress, Thái Bình province',
      publisher: 'Illustrative sample data of the project (not official statistics)',
      geographyLabel: 'Administrative boundaries before 1 Jul 2025',
    },
  };
}

export function criteriaSet() {
  return {
    id: CRITERIA_SET_ID,
    label: {
      vi: 'Bộ tiêu chí xã NTM giai đoạn 2021–2025 (QĐ 318/QĐ-TTg)',
      en: 'Commune NTM criteria 2021–2025 (Decision 318/QĐ-TTg)',
    },
    criteria: CRITERIA.map((c) => ({ id: c.id, name: { vi: c.vi, en: c.en } })),
  };
}

const DEADLINE = '2025-12-31';
const seedSource = { name: S.seed.name, url: S.seed.url, note: S.seed.note };

export function targets(): Target[] {
  const ocop = (t: Pick<Target, 'id' | 'label' | 'metric' | 'comparison' | 'value' | 'valueMax' | 'unit' | 'baseline'>): Target => ({
    ...t,
    area: 'ocop',
    deadline: DEADLINE,
    source: seedSource,
  });
  const plan = { name: S.plan2023.name, note: S.plan2023.note };
  const resolution = { name: S.resolution2021.name, note: S.resolution2021.note };
  return [
    ocop({
      id: 'ocop-2025-rated-3plus',
      label: { vi: 'Trên 80% sản phẩm đăng ký đánh giá đạt từ 3 sao trở lên', en: 'More than 80% of products rated reach 3 stars or more' },
      metric: 'ocop.rated-3plus-share',
      comparison: 'moreThan',
      value: 80,
      unit: 'percent',
    }),
    ocop({
      id: 'ocop-2025-five-star',
      label: { vi: 'Ít nhất 1 sản phẩm đạt 5 sao cấp quốc gia', en: 'At least one product rated 5 stars (national level)' },
      metric: 'ocop.five-star-count',
      comparison: 'atLeast',
      value: 1,
      unit: 'count',
      baseline: { value: 0, date: '2021-01-01' },
    }),
    ocop({
      id: 'ocop-2025-maintained',
      label: {
        vi: '50% sản phẩm OCOP đã công nhận được duy trì hoặc nâng hạng',
        en: '50% of recognised OCOP products maintained or upgraded',
      },
      metric: 'ocop.maintained-upgraded-share',
      comparison: 'atLeast',
      value: 50,
      unit: 'percent',
    }),
    ocop({
      id: 'ocop-2025-subjects',
      label: {
        vi: 'Củng cố, phát triển 60–70 tổ chức kinh tế và hộ sản xuất tham gia OCOP',
        en: '60–70 economic organisations and households consolidated or developed for OCOP',
      },
      metric: 'ocop.subjects-developed-count',
      comparison: 'between',
      value: 60,
      valueMax: 70,
      unit: 'count',
    }),
    ocop({
      id: 'ocop-2025-modern-channels',
      label: {
        vi: 'Ít nhất 50% chủ thể OCOP bán hàng qua kênh hiện đại',
        en: 'At least 50% of OCOP subjects sell through modern channels',
      },
      metric: 'ocop.modern-channel-subject-share',
      comparison: 'atLeast',
      value: 50,
      unit: 'percent',
    }),
    {
      id: 'ocop-2025-craft-villages',
      label: {
        vi: '1–2 làng nghề có cơ sở sản xuất sản phẩm đạt OCOP 3 sao trở lên',
        en: '1–2 craft villages with a producer whose product is rated 3 stars or more',
      },
      area: 'craft-villages',
      metric: 'craft.villages-with-3plus-product',
      comparison: 'between',
      value: 1,
      valueMax: 2,
      unit: 'count',
      deadline: DEADLINE,
      source: seedSource,
    },
    {
      id: 'ntm-2025-advanced-120',
      label: { vi: 'Ít nhất 120 xã đạt chuẩn NTM nâng cao', en: 'At least 120 communes at the advanced NTM level' },
      area: 'ntm',
      metric: 'ntm.advanced-or-higher-count',
      comparison: 'atLeast',
      value: 120,
      unit: 'count',
      deadline: DEADLINE,
      baseline: { value: 15, date: '2022-01-31' },
      source: plan,
    },
    {
      id: 'ntm-2025-model-12',
      label: { vi: 'Ít nhất 12 xã đạt chuẩn NTM kiểu mẫu', en: 'At least 12 model NTM communes' },
      area: 'ntm',
      metric: 'ntm.model-count',
      comparison: 'atLeast',
      value: 12,
      unit: 'count',
      deadline: DEADLINE,
      baseline: { value: 0, date: '2022-01-31' },
      source: plan,
    },
    {
      id: 'ntm-2025-advanced-share-20',
      label: { vi: 'Trên 20% số xã đạt chuẩn NTM nâng cao', en: 'More than 20% of communes at the advanced NTM level' },
      area: 'ntm',
      metric: 'ntm.advanced-or-higher-share',
      comparison: 'moreThan',
      value: 20,
      unit: 'percent',
      deadline: DEADLINE,
      source: resolution,
    },
    {
      id: 'ntm-2025-model-share-10',
      label: { vi: 'Ít nhất 10% số xã đạt chuẩn NTM kiểu mẫu', en: 'At least 10% of communes at the model NTM level' },
      area: 'ntm',
      metric: 'ntm.model-share',
      comparison: 'atLeast',
      value: 10,
      unit: 'percent',
      deadline: DEADLINE,
      source: resolution,
    },
    // A district's own plan (contract 1.1): Vũ Thư had no advanced commune before 2024, so "8 communes reach
    // the advanced level in 2024" is 8 advanced communes at the end of 2024, from 0 at its start.
    {
      id: 'ntm-2024-vu-thu-advanced-8',
      label: {
        vi: 'Huyện Vũ Thư: 8 xã đạt chuẩn NTM nâng cao trong năm 2024',
        en: 'Vũ Thư district: 8 communes reach the advanced NTM level in 2024',
      },
      area: 'ntm',
      metric: 'ntm.advanced-or-higher-count',
      comparison: 'atLeast',
      value: 8,
      unit: 'count',
      deadline: '2024-12-31',
      baseline: { value: 0, date: '2024-01-01' },
      regionIds: ['344'],
      source: { name: S.ntmNews.name, url: S.ntmNews.url, date: '2024-03-29', note: 'Vũ Thư phấn đấu 8 xã NTM nâng cao năm 2024.' },
    },
  ];
}
