// The figures and names the OCOP sample is spread by: districts' weights and quotas, subject counts and types, and
// the named producers with their products (sample assumptions unless a comment names a source).
import type { ProductGroup, SubjectType } from '../../src/contract/values';
import type { StoryKind } from './ocop-plan';
import { DISTRICTS } from './reference';

export const TIEN_HAI = '342';
export const COASTAL = new Set(['341', '342']); // Thái Thụy, Tiền Hải
/** Share of a subject's further products that stay in its main product group. */
export const SAME_GROUP = 0.85;
export const OTHER_DISTRICTS = DISTRICTS.map((d) => d.code).filter((c) => c !== TIEN_HAI);
/** Relative OCOP activity of the districts (sample assumption). */
export const DISTRICT_WEIGHT: Record<string, number> = {
  '336': 0.6,
  '338': 1.0,
  '339': 1.2,
  '340': 1.3,
  '341': 1.1,
  '342': 1.1,
  '343': 1.0,
  '344': 1.0,
};
/** Share of subjects on modern channels leans by district (sample assumption). */
export const MODERN_BIAS: Record<string, number> = {
  '336': 0.45,
  '340': 0.35,
  '342': 0.3,
  '339': 0.25,
  '341': 0.2,
  '343': 0.2,
  '344': 0.15,
  '338': 0.1,
};
export const MODERN_TYPE_BIAS: Record<SubjectType, number> = {
  enterprise: 0.35,
  cooperative: 0.2,
  household: 0,
  'cooperative-group': -0.1,
};
export const MODERN_SUBJECTS = 68; // of 150: 45 %

export type NamedKey =
  | 'dongXuyen'
  | 'thienDuc'
  | 'so06'
  | 'thuyNinh'
  | 'tayAn'
  | 'thanhChat'
  | 'hongTien'
  | 'dongLa'
  | 'dongXa'
  | 'tanLe'
  | 'minhLang'
  | 'dongXam';

/** Named producers: from the domain brief and press (real names), or sample names where the press names only the product. */
export const NAMED_SUBJECTS: Record<NamedKey, { name: string; type: SubjectType; commune?: string; modern?: boolean; sea?: boolean }> = {
  dongXuyen: { name: 'HTX Chăn nuôi tổng hợp Đông Xuyên', type: 'cooperative', commune: '12988', modern: true },
  thienDuc: { name: 'Công ty TNHH Thiên Đức', type: 'enterprise', commune: '12730', modern: true }, // Nguyên Xá, làng Nguyễn
  so06: { name: 'Công ty TNHH Sản xuất và chế biến thủy hải sản số 06', type: 'enterprise', commune: '13036', sea: true }, // Nam Cường
  thuyNinh: { name: 'HTX Dịch vụ nông nghiệp Thụy Ninh', type: 'cooperative', commune: '12850' },
  tayAn: { name: 'HTX Cói mỹ nghệ Tây An', type: 'cooperative', commune: '12970' }, // Tây An merged into TT Tiền Hải
  thanhChat: { name: 'Công ty TNHH Khăn bông Thanh Chất', type: 'enterprise' }, // district not confirmed: sample puts it in Hưng Hà
  hongTien: { name: 'HTX Dịch vụ nông nghiệp Hồng Tiến', type: 'cooperative', commune: '13189' },
  dongLa: { name: 'HTX Dịch vụ nông nghiệp Đông La', type: 'cooperative', commune: '12718' },
  dongXa: { name: 'HTX Dịch vụ nông nghiệp Đông Xá', type: 'cooperative', commune: '12724' },
  tanLe: { name: 'HTX Chiếu cói Tân Lễ', type: 'cooperative', commune: '12592' },
  minhLang: { name: 'HTX Thêu ren Minh Lãng', type: 'cooperative', commune: '13222' },
  dongXam: { name: 'Hộ kinh doanh Nguyễn Văn Khải', type: 'household', commune: '13093' }, // Hồng Thái (Đồng Xâm)
};

export const NAMED_PRODUCTS: { kind: StoryKind; district: string; group: ProductGroup; name: string; subject: NamedKey }[] = [
  { kind: 'C4r', district: '342', group: 'food', name: 'Thịt vịt biển Đông Xuyên', subject: 'dongXuyen' },
  { kind: 'C4r', district: '342', group: 'food', name: 'Trứng vịt biển Đông Xuyên', subject: 'dongXuyen' },
  { kind: 'C3p', district: '342', group: 'food', name: 'Ốc bươu ta Đông Xuyên', subject: 'dongXuyen' },
  { kind: 'C4r', district: '340', group: 'food', name: 'Bánh cáy Thiên Đức', subject: 'thienDuc' },
  { kind: 'C4r', district: '340', group: 'food', name: 'Kẹo lạc Thiên Đức', subject: 'thienDuc' },
  { kind: 'C4p', district: '340', group: 'food', name: 'Chè lam Thiên Đức', subject: 'thienDuc' },
  { kind: 'C3r', district: '342', group: 'food', name: 'Nước mắm Tiền Châu', subject: 'so06' },
  { kind: 'C3u', district: '341', group: 'food', name: 'Gạo nếp cái hoa vàng Thụy Ninh', subject: 'thuyNinh' },
  { kind: 'C4p', district: '342', group: 'handicraft', name: 'Đồ thủ công mỹ nghệ từ cói Tây An', subject: 'tayAn' },
  { kind: 'C4p', district: '339', group: 'handicraft', name: 'Khăn bông Thanh Chất', subject: 'thanhChat' },
  { kind: 'C4p', district: '343', group: 'food', name: 'Mắm cáy Hồng Tiến', subject: 'hongTien' },
  { kind: 'D4', district: '340', group: 'herbal', name: 'Tinh bột nghệ Đông La', subject: 'dongLa' },
  { kind: 'D4', district: '340', group: 'food', name: 'Tinh bột sắn dây Đông La', subject: 'dongLa' },
  { kind: 'E1', district: '340', group: 'food', name: 'Bí đỏ Đông Xá', subject: 'dongXa' },
  { kind: 'E1', district: '340', group: 'food', name: 'Gạo làng Giắng', subject: 'dongXa' },
  { kind: 'E1', district: '339', group: 'handicraft', name: 'Chiếu cói Hới', subject: 'tanLe' },
  { kind: 'D3', district: '344', group: 'handicraft', name: 'Tranh thêu tay Minh Lãng', subject: 'minhLang' },
  { kind: 'N2023', district: '343', group: 'handicraft', name: 'Trang sức bạc Đồng Xâm', subject: 'dongXam' },
];

/** Tiền Hải's share of the products recognised by April 2024 (36 = these 31 + 5 named). */
export const TIEN_HAI_QUOTA: Partial<Record<StoryKind, number>> = { B3: 2, B4: 4, B5: 1, B6: 1, D4: 1, D3: 12, D3u24: 8, D3u25: 2 };
export const TIEN_HAI_PRE_APRIL_SUBJECTS = 26;
export const TIEN_HAI_COMMUNES = 18;
export const EARLY_SUBJECTS = 137;
export const EARLY_TYPES: Record<SubjectType, number> = { enterprise: 38, cooperative: 54, household: 45, 'cooperative-group': 0 };
export const ALL_TYPES: Record<SubjectType, number> = { enterprise: 40, cooperative: 58, household: 48, 'cooperative-group': 4 };
export const GROUP_WEIGHT: Partial<Record<ProductGroup, number>> = { food: 64, drinks: 10, herbal: 11, handicraft: 9 };
