// Realistic Vietnamese names for sample OCOP subjects and products (illustrative, not real records).
import type { ProductGroup, SubjectType } from '../../src/contract/values';
import type { Rng } from './prng';

const PRODUCT_BASES: Record<ProductGroup, readonly string[]> = {
  food: [
    'Gạo nếp cái hoa vàng',
    'Gạo tám thơm',
    'Gạo bắc hương',
    'Gạo sạch',
    'Bánh cáy',
    'Kẹo lạc',
    'Kẹo vừng',
    'Chè lam',
    'Bánh đa nem',
    'Bánh chưng',
    'Bánh gai',
    'Giò lụa',
    'Giò bò',
    'Nem chua',
    'Chả cá',
    'Trứng gà',
    'Trứng vịt',
    'Thịt vịt',
    'Mật ong',
    'Bún khô',
    'Bánh phở khô',
    'Miến dong',
    'Mì gạo',
    'Cà pháo muối',
    'Dưa chuột muối',
    'Nấm sò',
    'Nấm rơm',
    'Dưa lưới',
    'Bí xanh',
    'Rau an toàn',
    'Lạc nhân',
    'Dầu lạc',
    'Bánh khoai',
    'Xôi lá cẩm',
    'Thịt lợn sạch',
    'Cá rô đồng',
  ],
  drinks: [
    'Rượu nếp cái hoa vàng',
    'Rượu gạo',
    'Rượu nếp cẩm',
    'Trà xạ đen',
    'Trà hoa cúc',
    'Trà thảo mộc',
    'Trà sen',
    'Nước uống tinh khiết',
    'Rượu đinh lăng',
    'Nước ép gấc',
  ],
  herbal: [
    'Tinh bột nghệ',
    'Cao xạ đen',
    'Trà túi lọc cà gai leo',
    'Tinh dầu sả',
    'Cao ích mẫu',
    'Hoa hòe sấy',
    'Dầu gội thảo dược',
    'Viên hoàn nghệ mật ong',
    'Trà đinh lăng',
    'Bột diếp cá',
  ],
  handicraft: [
    'Chiếu cói',
    'Túi cói',
    'Thảm cói',
    'Hộp cói mỹ nghệ',
    'Giỏ mây tre',
    'Khay mây',
    'Đèn mây tre',
    'Tranh thêu tay',
    'Khăn trải bàn thêu',
    'Khăn bông',
    'Đồ gỗ mỹ nghệ',
    'Bình gốm',
    'Nón lá',
  ],
  ornamental: ['Cây phát lộc', 'Cây cảnh bonsai', 'Hoa lan hồ điệp', 'Cây sanh cảnh'],
  tourism: ['Điểm du lịch sinh thái cộng đồng', 'Du lịch trải nghiệm nông nghiệp'],
};
const COASTAL_FOOD = ['Nước mắm', 'Mắm tép', 'Ruốc tôm', 'Tôm khô', 'Cá khô', 'Mực khô', 'Ngao sạch', 'Sứa muối', 'Cá nhâm khô'];

const ENTERPRISE_PREFIX: Record<ProductGroup, readonly string[]> = {
  food: ['Thực phẩm', 'Chế biến nông sản', 'Nông sản sạch', 'Sản xuất và thương mại'],
  drinks: ['Đồ uống', 'Sản xuất và thương mại'],
  herbal: ['Dược liệu', 'Thảo dược'],
  handicraft: ['Thủ công mỹ nghệ', 'Cói mỹ nghệ', 'Mây tre xuất khẩu'],
  ornamental: ['Sinh vật cảnh'],
  tourism: ['Du lịch sinh thái'],
};
const SEA_ENTERPRISE_PREFIX = ['Thủy sản', 'Chế biến thủy hải sản', 'Hải sản'];
const BRANDS = [
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
const COOP_ACTIVITY: Record<ProductGroup, readonly string[]> = {
  food: ['Dịch vụ nông nghiệp', 'Nông nghiệp', 'Sản xuất và kinh doanh dịch vụ', 'Chăn nuôi', 'Chế biến nông sản'],
  drinks: ['Sản xuất rượu truyền thống', 'Dịch vụ nông nghiệp'],
  herbal: ['Dược liệu', 'Trồng và chế biến dược liệu'],
  handicraft: ['Thủ công mỹ nghệ', 'Mây tre đan', 'Cói mỹ nghệ'],
  ornamental: ['Sinh vật cảnh'],
  tourism: ['Du lịch cộng đồng'],
};
const COASTAL_COOP = ['Thủy sản', 'Nuôi trồng thủy sản', 'Dịch vụ nghề cá'];
const GROUP_ACTIVITY: Record<ProductGroup, readonly string[]> = {
  food: ['sản xuất rau an toàn', 'nuôi ong', 'trồng nấm', 'làm bánh truyền thống'],
  drinks: ['nấu rượu truyền thống'],
  herbal: ['trồng dược liệu'],
  handicraft: ['đan cói', 'mây tre đan'],
  ornamental: ['sinh vật cảnh'],
  tourism: ['du lịch cộng đồng'],
};
const FAMILY = ['Nguyễn', 'Trần', 'Phạm', 'Vũ', 'Đỗ', 'Bùi', 'Hoàng', 'Lê', 'Đặng', 'Ngô', 'Đinh', 'Phan', 'Lương', 'Mai', 'Tô', 'Đào'];
const MALE = [
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
const FEMALE = [
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

/** Hands out names that are unique within one document. */
export class Namer {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  reserve(name: string): string {
    if (this.used.has(name)) throw new Error(`duplicate name ${name}`);
    this.used.add(name);
    return name;
  }

  private first(candidates: () => string, tries = 40): string {
    for (let i = 0; i < tries; i++) {
      const n = candidates();
      if (!this.used.has(n)) return this.reserve(n);
    }
    let k = 2;
    const base = candidates();
    while (this.used.has(`${base} ${k}`)) k++;
    return this.reserve(`${base} ${k}`);
  }

  /** `sea`: a seafood producer of the coast (Thái Thụy, Tiền Hải). */
  subject(type: SubjectType, group: ProductGroup, sea: boolean, place: string): string {
    const r = this.rng;
    switch (type) {
      case 'enterprise':
        return this.first(() => {
          const form = r.weighted(['Công ty TNHH', 'Công ty CP', 'Công ty TNHH MTV'], (f) =>
            f === 'Công ty TNHH' ? 6 : f === 'Công ty CP' ? 3 : 2,
          );
          return `${form} ${r.pick(sea ? SEA_ENTERPRISE_PREFIX : ENTERPRISE_PREFIX[group])} ${r.pick(BRANDS)}`;
        });
      case 'cooperative': {
        return this.first(() => `HTX ${r.pick(sea ? COASTAL_COOP : COOP_ACTIVITY[group])} ${place}`);
      }
      case 'household':
        return this.first(() => `Hộ kinh doanh ${r.pick(FAMILY)} ${r.chance(0.6) ? r.pick(MALE) : r.pick(FEMALE)}`);
      case 'cooperative-group':
        return this.first(() => `Tổ hợp tác ${r.pick(GROUP_ACTIVITY[group])} ${place}`);
    }
  }

  product(group: ProductGroup, sea: boolean, place: string): string {
    const bases = group === 'food' && sea ? COASTAL_FOOD : PRODUCT_BASES[group];
    return this.first(() => `${this.rng.pick(bases)} ${place}`);
  }
}
