// The sources the sample names (only those named in the domain brief).
import type { Source } from '../../src/contract/fields';
import { GEOGRAPHY_SOURCES } from './reference';

export const S = {
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
