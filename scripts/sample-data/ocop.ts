// OCOP subjects and products: the story ledger of ocop-plan.ts spread over districts, subjects and communes.
import type { Product, Subject } from '../../src/contract/ocop';
import type { ProductGroup, SubjectType } from '../../src/contract/values';
import { Namer } from './names';
import { STORY_COUNTS, rate, validMid2024, type Rating, type StoryKind } from './ocop-plan';
import { byText, type Rng } from './prng';
import { DISTRICTS, commune, type RefCommune } from './reference';

const TIEN_HAI = '342';
const COASTAL = new Set(['341', '342']); // Thái Thụy, Tiền Hải
/** Share of a subject's further products that stay in its main product group. */
const SAME_GROUP = 0.85;
const OTHER_DISTRICTS = DISTRICTS.map((d) => d.code).filter((c) => c !== TIEN_HAI);
/** Relative OCOP activity of the districts (sample assumption). */
const DISTRICT_WEIGHT: Record<string, number> = {
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
const MODERN_BIAS: Record<string, number> = {
  '336': 0.45,
  '340': 0.35,
  '342': 0.3,
  '339': 0.25,
  '341': 0.2,
  '343': 0.2,
  '344': 0.15,
  '338': 0.1,
};
const MODERN_TYPE_BIAS: Record<SubjectType, number> = { enterprise: 0.35, cooperative: 0.2, household: 0, 'cooperative-group': -0.1 };
const MODERN_SUBJECTS = 68; // of 150: 45 %

type NamedKey =
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
const NAMED_SUBJECTS: Record<NamedKey, { name: string; type: SubjectType; commune?: string; modern?: boolean; sea?: boolean }> = {
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

const NAMED_PRODUCTS: { kind: StoryKind; district: string; group: ProductGroup; name: string; subject: NamedKey }[] = [
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
const TIEN_HAI_QUOTA: Partial<Record<StoryKind, number>> = { B3: 2, B4: 4, B5: 1, B6: 1, D4: 1, D3: 12, D3u24: 8, D3u25: 2 };
const TIEN_HAI_PRE_APRIL_SUBJECTS = 26;
const TIEN_HAI_COMMUNES = 18;
const EARLY_SUBJECTS = 137;
const EARLY_TYPES: Record<SubjectType, number> = { enterprise: 38, cooperative: 54, household: 45, 'cooperative-group': 0 };
const ALL_TYPES: Record<SubjectType, number> = { enterprise: 40, cooperative: 58, household: 48, 'cooperative-group': 4 };
const GROUP_WEIGHT: Partial<Record<ProductGroup, number>> = { food: 64, drinks: 10, herbal: 11, handicraft: 9 };

interface Slot {
  key: number;
  kind: StoryKind;
  district: string;
  group: ProductGroup;
  name?: string;
  rating?: Rating;
  subject?: Draft;
}
interface Draft {
  named?: NamedKey;
  district: string;
  type?: SubjectType;
  commune?: RefCommune;
  early: boolean;
  slots: Slot[];
  id?: string;
  /** A seafood producer (coastal districts). */
  sea?: boolean;
}

export interface OcopBuild {
  subjects: Subject[];
  products: Product[];
  /** Subject ids of the named producers, for the craft-village links. */
  named: Record<NamedKey, string>;
}

const is2021 = (k: StoryKind) => k === 'A' || k.startsWith('B');
const preApril = (k: StoryKind) => validMid2024(k) && k !== 'E1';

function bag(counts: Record<SubjectType, number>, minus: SubjectType[]): SubjectType[] {
  const left = { ...counts };
  for (const t of minus) left[t]--;
  return (Object.keys(left) as SubjectType[]).flatMap((t) => Array<SubjectType>(left[t]).fill(t));
}

/** Largest-remainder apportionment of `total` over `weights`. */
function apportion(total: number, weights: Map<string, number>): Map<string, number> {
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  const raw = [...weights].map(([k, w]) => ({ k, q: (w * total) / sum }));
  const out = new Map(raw.map(({ k, q }) => [k, Math.floor(q)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const { k } of [...raw].sort((a, b) => (b.q % 1) - (a.q % 1) || byText(a.k, b.k))) {
    if (left-- <= 0) break;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export function buildOcop(rng: Rng): OcopBuild {
  const namer = new Namer(rng);
  const drafts = new Map<NamedKey, Draft>();
  const hungHa = DISTRICTS.find((d) => d.code === '339')!.communes.filter((c) => c.type === 'Xã' && !['12592', '12652'].includes(c.code));
  for (const [key, spec] of Object.entries(NAMED_SUBJECTS) as [NamedKey, (typeof NAMED_SUBJECTS)[NamedKey]][]) {
    const c = spec.commune ? commune(spec.commune) : rng.pick(hungHa);
    drafts.set(key, { named: key, district: c.regionId, type: spec.type, commune: c, early: false, slots: [], sea: spec.sea ?? false });
    namer.reserve(spec.name);
  }

  // 1. Product slots: the named ones, then the rest of each story, with a district each.
  const slots: Slot[] = [];
  const add = (s: Omit<Slot, 'key'>) => slots.push({ ...s, key: slots.length });
  for (const p of NAMED_PRODUCTS) {
    namer.reserve(p.name);
    const d = drafts.get(p.subject)!;
    add({ kind: p.kind, district: p.district, group: p.group, name: p.name, subject: d });
  }
  const weightedDistrict = (codes: readonly string[]) => rng.weighted(codes, (c) => DISTRICT_WEIGHT[c] ?? 1);
  const group = () => rng.weighted(Object.keys(GROUP_WEIGHT) as ProductGroup[], (g) => GROUP_WEIGHT[g] ?? 0);
  const unplaced2021 = rng.shuffle(OTHER_DISTRICTS); // every district has a 2021 product
  for (const kind of Object.keys(STORY_COUNTS) as StoryKind[]) {
    const generic = STORY_COUNTS[kind] - NAMED_PRODUCTS.filter((p) => p.kind === kind).length;
    const th = TIEN_HAI_QUOTA[kind] ?? 0;
    for (let i = 0; i < generic; i++) {
      let district: string;
      if (i < th) district = TIEN_HAI;
      else if (preApril(kind))
        district = is2021(kind) && unplaced2021.length > 0 ? unplaced2021.shift()! : weightedDistrict(OTHER_DISTRICTS);
      else district = weightedDistrict(DISTRICTS.map((d) => d.code));
      add({ kind, district, group: group() });
    }
  }
  // A few ornamental plants and two community-tourism services.
  const generic = (k: StoryKind, notTienHai = false) =>
    rng.pick(
      slots.filter(
        (s) =>
          s.kind === k &&
          !s.name &&
          !s.subject &&
          s.group !== 'ornamental' &&
          s.group !== 'tourism' &&
          !(notTienHai && s.district === TIEN_HAI),
      ),
    );
  for (const [k, g] of [
    ['D3', 'ornamental'],
    ['E1', 'ornamental'],
    ['F3', 'ornamental'],
    ['E1', 'tourism'],
    ['F3', 'tourism'],
  ] as const) {
    generic(k, true).group = g;
  }
  for (const s of slots) s.rating = rate(s.kind, s.district, rng);

  // 2. Subjects. "Early" subjects held a valid product on 30/06/2024 (137 of them), the others came later.
  const early = slots.filter((s) => validMid2024(s.kind));
  const perDistrict = new Map(DISTRICTS.map((d) => [d.code, early.filter((s) => s.district === d.code).length]));
  const thEarly = perDistrict.get(TIEN_HAI)!;
  const thE1 = early.filter((s) => s.district === TIEN_HAI && s.kind === 'E1');
  const thTotal = Math.max(TIEN_HAI_PRE_APRIL_SUBJECTS + 1, Math.round((thEarly * EARLY_SUBJECTS) / early.length));
  const thNew = Math.min(thE1.length, thTotal - TIEN_HAI_PRE_APRIL_SUBJECTS);
  perDistrict.delete(TIEN_HAI);
  const quota = apportion(EARLY_SUBJECTS - TIEN_HAI_PRE_APRIL_SUBJECTS - thNew, perDistrict);

  const all: Draft[] = [...drafts.values()];
  const attach = (s: Slot, d: Draft) => {
    s.subject = d;
    d.slots.push(s);
  };
  for (const s of slots) if (s.subject) s.subject.slots.push(s);
  const fresh = (district: string, isEarly: boolean): Draft => {
    const d: Draft = { district, early: isEarly, slots: [] };
    all.push(d);
    return d;
  };
  /** Each of the first `n` slots starts a subject; the rest join a random subject of `pool`. */
  const spread = (list: Slot[], n: number, pool: Draft[], district: string) => {
    for (const [i, s] of rng.shuffle(list).entries()) {
      if (i < n) {
        const d = fresh(district, true);
        attach(s, d);
        pool.push(d);
      } else attach(s, rng.pick(pool));
    }
  };
  for (const d of DISTRICTS) {
    const mine = early.filter((s) => s.district === d.code && !s.subject);
    const named = [...drafts.values()].filter((x) => x.district === d.code && x.slots.some((s) => validMid2024(s.kind)));
    for (const x of named) x.early = true;
    if (d.code === TIEN_HAI) {
      const pool = [...named];
      spread(
        mine.filter((s) => preApril(s.kind)),
        TIEN_HAI_PRE_APRIL_SUBJECTS - named.length,
        pool,
        d.code,
      );
      spread(
        mine.filter((s) => s.kind === 'E1'),
        thNew,
        [...pool],
        d.code,
      );
    } else {
      spread(mine, quota.get(d.code)! - named.length, [...named], d.code);
    }
  }
  const late = rng.shuffle(slots.filter((s) => !s.subject && ['E2', 'F3', 'F4'].includes(s.kind)));
  for (const s of late.slice(0, 12)) attach(s, fresh(s.district, false));
  for (const s of slots.filter((x) => !x.subject)) attach(s, rng.pick(all.filter((d) => d.district === s.district)));

  // 3. Types, communes, names, modern channels.
  const earlyTypes = rng.shuffle(
    bag(
      EARLY_TYPES,
      [...drafts.values()].filter((d) => d.early).map((d) => d.type!),
    ),
  );
  // What is left of the 150 after the named and the early subjects goes to the 12 later ones.
  const lateLeft = bag(
    ALL_TYPES,
    [...drafts.values()].map((d) => d.type!),
  );
  for (const t of earlyTypes) lateLeft.splice(lateLeft.indexOf(t), 1);
  const lateTypes = rng.shuffle(lateLeft);
  for (const d of all) if (!d.type) d.type = (d.early ? earlyTypes : lateTypes).shift();
  if (earlyTypes.length || lateTypes.length || all.some((d) => !d.type)) throw new Error('subject type bag mismatch');

  const th = DISTRICTS.find((x) => x.code === TIEN_HAI)!;
  const thFixed = ['12988', '13036', '12970'];
  const thCommunes = [
    ...thFixed.map(commune),
    ...rng.sample(
      th.communes.filter((c) => !thFixed.includes(c.code)),
      TIEN_HAI_COMMUNES - thFixed.length,
    ),
  ];
  const thPre = all.filter((d) => d.district === TIEN_HAI && !d.named && d.slots.some((s) => preApril(s.kind)));
  for (const [i, d] of thPre.entries()) d.commune = thCommunes[thFixed.length + i] ?? rng.pick(thCommunes);
  for (const d of all) {
    if (d.commune) continue;
    const list = DISTRICTS.find((x) => x.code === d.district)!.communes;
    d.commune = rng.weighted(list, (c) => (c.type === 'Thị trấn' ? 2 : 1));
  }
  // A subject mostly makes products of its main group (that of its first product), seafood on the coast.
  const nameOf = new Map<Draft, string>();
  for (const d of all) {
    const main = d.slots[0]!.group;
    d.sea ??= main === 'food' && COASTAL.has(d.district) && rng.chance(0.4);
    for (const s of d.slots.slice(1)) {
      if (!s.name && s.group !== 'ornamental' && s.group !== 'tourism' && rng.chance(SAME_GROUP)) s.group = main;
    }
    nameOf.set(d, d.named ? NAMED_SUBJECTS[d.named].name : namer.subject(d.type!, main, d.sea, d.commune!.short));
    for (const s of d.slots) s.name ??= namer.product(s.group, d.sea, d.commune!.short);
  }
  const score = (d: Draft) =>
    (d.named && NAMED_SUBJECTS[d.named].modern ? 10 : 0) + (MODERN_BIAS[d.district] ?? 0) + MODERN_TYPE_BIAS[d.type!] + rng.float() * 0.6;
  const scored = all.map((d) => ({ d, s: score(d) })).sort((a, b) => b.s - a.s);
  const modern = new Set(scored.slice(0, MODERN_SUBJECTS).map((x) => x.d));

  // 4. Ids in order of first rating, then the published records.
  const ordered = [...slots].sort((a, b) => byText(a.rating!.firstDate, b.rating!.firstDate) || a.key - b.key);
  const subjectOrder: Draft[] = [];
  for (const s of ordered)
    if (!s.subject!.id) subjectOrder.push(Object.assign(s.subject!, { id: `S${String(subjectOrder.length + 1).padStart(3, '0')}` }));
  const subjects: Subject[] = subjectOrder.map((d) => ({
    id: d.id!,
    name: nameOf.get(d)!,
    type: d.type!,
    regionId: d.district,
    communeCode: d.commune!.code,
    modernChannels: modern.has(d),
  }));
  const products: Product[] = ordered.map((s, i) => {
    const r = s.rating!;
    return {
      id: `P${String(i + 1).padStart(4, '0')}`,
      name: s.name!,
      group: s.group,
      subjectId: s.subject!.id!,
      communeCode: s.subject!.commune!.code,
      stars: r.stars,
      ratingYear: r.ratingYear,
      ...(r.firstRecognisedYear !== undefined ? { firstRecognisedYear: r.firstRecognisedYear } : {}),
      ...(r.previousStars !== undefined ? { previousStars: r.previousStars } : {}),
      decisionDate: r.decisionDate,
      ...(r.expiryDate !== undefined ? { expiryDate: r.expiryDate } : {}),
      status: r.status,
    };
  });
  const named = Object.fromEntries([...drafts].map(([k, d]) => [k, d.id!])) as Record<NamedKey, string>;
  return { subjects, products, named };
}
