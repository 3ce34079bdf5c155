// The words of the sample's subject names: trades and activities by product group, brands, and people's names
// (illustrative, not real records).
import type { ProductGroup } from '../../src/contract/values';

/** The words a subject's name is made of, by its products' group: an enterprise's trade, a cooperative's and a
   cooperative group's activity. */
export const SUBJECT_WORDS: Record<
  ProductGroup,
  { readonly enterprise: readonly string[]; readonly cooperative: readonly string[]; readonly group: readonly string[] }
> = {
  food: {
    enterprise: ['Thực phẩm', 'Chế biến nông sản', 'Nông sản sạch', 'Sản xuất và thương mại'],
    cooperative: ['Dịch vụ nông nghiệp', 'Nông nghiệp', 'Sản xuất và kinh doanh dịch vụ', 'Chăn nuôi', 'Chế biến nông sản'],
    group: ['sản xuất rau an toàn', 'nuôi ong', 'trồng nấm', 'làm bánh truyền thống'],
  },
  drinks: {
    enterprise: ['Đồ uống', 'Sản xuất và thương mại'],
    cooperative: ['Sản xuất rượu truyền thống', 'Dịch vụ nông nghiệp'],
    group: ['nấu rượu truyền thống'],
  },
  herbal: {
    enterprise: ['Dược liệu', 'Thảo dược'],
    cooperative: ['Dược liệu', 'Trồng và chế biến dược liệu'],
    group: ['trồng dược liệu'],
  },
  handicraft: {
    enterprise: ['Thủ công mỹ nghệ', 'Cói mỹ nghệ', 'Mây tre xuất khẩu'],
    cooperative: ['Thủ công mỹ nghệ', 'Mây tre đan', 'Cói mỹ nghệ'],
    group: ['đan cói', 'mây tre đan'],
  },
  ornamental: {
    enterprise: ['Sinh vật cảnh'],
    cooperative: ['Sinh vật cảnh'],
    group: ['sinh vật cảnh'],
  },
  tourism: {
    enterprise: ['Du lịch sinh thái'],
    cooperative: ['Du lịch cộng đồng'],
    group: ['du lịch cộng đồng'],
  },
};
export const SEA_ENTERPRISE_PREFIX = ['Thủy sản', 'Chế biến thủy hải sản', 'Hải sản'];
export const BRANDS = [
  'Hưng Thịnh',
  'An Phát',
  'Minh Khang',
  'Phúc Lộc',
  'Hoàng Gia',
  'Thành Đạt',
  'Bảo Châu',
  'Tân Phát',
  'Hà Phương',
  'Quang Minh',
  'Thái An',
  'Đức Tín',
  'Hồng Hà',
  'Kim Ngân',
  'Việt Tiến',
  'Hải Đăng',
  'Lộc Phát',
  'Nam Hải',
  'Thuận Phong',
  'Gia Bảo',
  'Trường An',
  'Phú Gia',
  'Hưng Long',
  'Đại Phát',
  'Sao Mai',
  'Bình An',
  'Ánh Dương',
  'Vạn Xuân',
  'Phương Nam',
  'Kim Long',
  'Tâm Đức',
  'Thái Hà',
  'An Khang',
  'Xuân Mai',
  'Tiến Thành',
  'Ngọc Lan',
  'Đông Phong',
  'Minh Châu',
  'Hưng Phát',
  'Thanh Bình',
  'Lam Sơn',
  'Hoàng Long',
  'Nhật Minh',
  'Thiên Phú',
  'Hợp Thành',
];
export const COASTAL_COOP = ['Thủy sản', 'Nuôi trồng thủy sản', 'Dịch vụ nghề cá'];
/** Family names (one word each). */
export const FAMILY = 'Nguyễn Trần Phạm Vũ Đỗ Bùi Hoàng Lê Đặng Ngô Đinh Phan Lương Mai Tô Đào'.split(' ');
export const MALE = [
  'Văn Hùng',
  'Văn Dũng',
  'Đức Tuấn',
  'Văn Thắng',
  'Minh Khoa',
  'Văn Long',
  'Hữu Nam',
  'Văn Sơn',
  'Quang Hải',
  'Văn Bình',
  'Đức Cường',
  'Văn Hòa',
  'Công Tiến',
  'Xuân Thành',
  'Văn Quý',
  'Đức Toàn',
  'Văn Khải',
  'Hữu Phúc',
];
export const FEMALE = [
  'Thị Lan',
  'Thị Hương',
  'Thị Hoa',
  'Thị Mai',
  'Thị Nga',
  'Thị Thủy',
  'Thị Hạnh',
  'Thị Liên',
  'Thị Hằng',
  'Thị Yến',
  'Thị Nhung',
  'Thị Phượng',
  'Thị Huệ',
  'Thị Tuyết',
];
