// Craft villages: ~141 recognised (35 traditional) and ~20 that lost recognition, a few linked to OCOP subjects.
import type { CraftVillage } from '../../src/contract/craft';
import type { Product, Subject } from '../../src/contract/ocop';
import { starsAtYearEnd } from './check';
import { byText, type Rng } from './prng';
import { DISTRICTS, commune, type RefCommune } from './reference';

const RECOGNISED = 141;
const LOST = 20;
const TRADITIONAL = 35;

const CRAFTS: readonly { craft: string; labels: readonly string[]; weight: number; traditional: number }[] = [
  {
    craft: 'chế biến nông sản thực phẩm',
    labels: ['chế biến nông sản', 'bánh đa', 'bún bánh', 'nấu rượu', 'làm bánh', 'làm đậu phụ'],
    weight: 34,
    traditional: 0.15,
  },
  { craft: 'mây tre đan', labels: ['mây tre đan'], weight: 20, traditional: 0.25 },
  { craft: 'chiếu cói', labels: ['chiếu cói'], weight: 10, traditional: 0.35 },
  { craft: 'thủ công mỹ nghệ từ cói', labels: ['cói mỹ nghệ'], weight: 10, traditional: 0.1 },
  { craft: 'dệt', labels: ['dệt', 'dệt may'], weight: 8, traditional: 0.3 },
  { craft: 'thêu ren', labels: ['thêu ren'], weight: 10, traditional: 0.3 },
  { craft: 'mộc', labels: ['mộc', 'mộc dân dụng'], weight: 10, traditional: 0.3 },
  { craft: 'gốm', labels: ['gốm'], weight: 2, traditional: 0.5 },
  { craft: 'sinh vật cảnh', labels: ['sinh vật cảnh'], weight: 3, traditional: 0 },
  { craft: 'cơ khí', labels: ['cơ khí'], weight: 4, traditional: 0 },
  { craft: 'nón lá', labels: ['nón lá'], weight: 2, traditional: 0.5 },
];
const DISTRICT_FACTOR: Record<string, number> = {
  '336': 0.3,
  '338': 1.0,
  '339': 1.2,
  '340': 1.0,
  '341': 0.9,
  '342': 0.8,
  '343': 1.1,
  '344': 1.2,
};

interface Draft {
  name: string;
  communeCode: string;
  craft: string;
  recognised: boolean;
  recognisedYear?: number;
  traditional: boolean;
  subjectIds: string[];
  district: string;
}

/**
 * Famous villages (real crafts and places). Their OCOP links: the Nguyễn village's bánh cáy maker (re-recognised
 * 4★ in 2025), Hới's and Minh Lãng's cooperatives (3★) count towards the 1–2 target; the Đồng Xâm household's only
 * product was rated 2★, so that link does not count.
 */
function famous(named: Record<'thienDuc' | 'tanLe' | 'minhLang' | 'dongXam', string>): Draft[] {
  const v = (name: string, code: string, craft: string, subjectIds: string[]): Draft => ({
    name,
    communeCode: code,
    craft,
    recognised: true,
    traditional: true,
    subjectIds,
    district: commune(code).regionId,
  });
  return [
    v('Làng nghề chiếu cói Hới', '12592', 'chiếu cói', [named.tanLe]), // Tân Lễ, Hưng Hà
    v('Làng nghề bánh cáy làng Nguyễn', '12730', 'chế biến nông sản thực phẩm', [named.thienDuc]), // Nguyên Xá, Đông Hưng
    v('Làng nghề thêu ren Minh Lãng', '13222', 'thêu ren', [named.minhLang]), // Minh Lãng, Vũ Thư
    v('Làng nghề chạm bạc Đồng Xâm', '13093', 'chạm bạc', [named.dongXam]), // Hồng Thái, Kiến Xương
    v('Làng nghề dệt Phương La', '12652', 'dệt', []), // Thái Phương, Hưng Hà
  ];
}

export function buildVillages(
  rng: Rng,
  named: Record<'thienDuc' | 'tanLe' | 'minhLang' | 'dongXam', string>,
  subjects: readonly Subject[],
  products: readonly Product[],
): CraftVillage[] {
  const drafts = famous(named);
  const names = new Set(drafts.map((d) => d.name));
  const usedCraft = new Set(drafts.map((d) => `${d.communeCode}|${d.craft}`));
  const rural = DISTRICTS.flatMap((d) => d.communes.filter((c) => c.type !== 'Phường'));
  const weightOf = (c: RefCommune) => (DISTRICT_FACTOR[c.regionId] ?? 1) * (c.type === 'Xã' ? 1 : 0.3);

  const make = (recognised: boolean, at?: RefCommune, craftName?: string): Draft => {
    for (let tries = 0; ; tries++) {
      if (tries > 1000) throw new Error('no free village name');
      const c = at ?? rng.weighted(rural, weightOf);
      const k = craftName ? CRAFTS.find((x) => x.craft === craftName)! : rng.weighted(CRAFTS, (x) => x.weight);
      const name = `Làng nghề ${rng.pick(k.labels)} ${c.short}`;
      if (names.has(name) || usedCraft.has(`${c.code}|${k.craft}`)) continue;
      names.add(name);
      usedCraft.add(`${c.code}|${k.craft}`);
      const year = recognised ? (rng.chance(0.85) ? rng.int(2004, 2014) : rng.int(2015, 2020)) : rng.int(2003, 2012);
      return {
        name,
        communeCode: c.code,
        craft: k.craft,
        recognised,
        recognisedYear: year,
        traditional: false,
        subjectIds: [],
        district: c.regionId,
      };
    }
  };
  // One village that lost recognition is home to a producer with a valid 3★+ product: a link that must not count.
  const linked = new Set(Object.values(named));
  const taken = new Set(drafts.map((d) => d.communeCode));
  const hosts = subjects.filter(
    (s) =>
      s.communeCode !== undefined &&
      !linked.has(s.id) &&
      !taken.has(s.communeCode) &&
      products.some((p) => p.subjectId === s.id && p.group === 'food' && starsAtYearEnd(p, 2025) > 0),
  );
  const host = rng.pick(hosts);
  const lost: Draft[] = [{ ...make(false, commune(host.communeCode!), 'chế biến nông sản thực phẩm'), subjectIds: [host.id] }];

  const generic: Draft[] = [];
  for (let i = drafts.length; i < RECOGNISED; i++) generic.push(make(true));
  for (let i = 1; i < LOST; i++) lost.push(make(false));
  // Traditional: the famous five and 30 more, more likely for old crafts.
  const keyed = generic.map((d) => ({ d, k: tradition(d.craft) + rng.float() * 0.5 })).sort((a, b) => b.k - a.k);
  for (const { d } of keyed.slice(0, TRADITIONAL - drafts.length)) d.traditional = true;

  const all = [...drafts, ...generic, ...lost].sort(
    (a, b) => byText(a.district, b.district) || byText(a.communeCode, b.communeCode) || byText(a.name, b.name),
  );
  return all.map((v, i) => ({
    id: `V${String(i + 1).padStart(3, '0')}`,
    name: v.name,
    communeCode: v.communeCode,
    craft: v.craft,
    recognised: v.recognised,
    ...(v.recognisedYear !== undefined ? { recognisedYear: v.recognisedYear } : {}),
    traditional: v.traditional,
    subjectIds: v.subjectIds,
  }));
}

function tradition(craft: string): number {
  return CRAFTS.find((c) => c.craft === craft)?.traditional ?? 0;
}
