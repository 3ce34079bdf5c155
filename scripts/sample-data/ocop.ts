// OCOP subjects and products: the story ledger of ocop-plan.ts spread over districts, subjects and communes (by the
// figures of ocop-figures.ts; the records are written by ocop-records.ts).
import type { ProductGroup } from '../../src/contract/values';
import { Namer } from './names';
import {
  ALL_TYPES,
  COASTAL,
  DISTRICT_WEIGHT,
  EARLY_SUBJECTS,
  EARLY_TYPES,
  GROUP_WEIGHT,
  MODERN_BIAS,
  MODERN_SUBJECTS,
  MODERN_TYPE_BIAS,
  NAMED_PRODUCTS,
  NAMED_SUBJECTS,
  OTHER_DISTRICTS,
  SAME_GROUP,
  TIEN_HAI,
  TIEN_HAI_COMMUNES,
  TIEN_HAI_PRE_APRIL_SUBJECTS,
  TIEN_HAI_QUOTA,
  type NamedKey,
} from './ocop-figures';
import { STORY_COUNTS, is2021, preApril, validMid2024, type StoryKind } from './ocop-plan';
import { rate } from './ocop-ratings';
import { publish, type Draft, type OcopBuild, type Slot } from './ocop-records';
import type { Rng } from './prng';
import { DISTRICTS, commune } from './reference';
import { apportion, bag } from './tally';

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
  return publish(slots, drafts, nameOf, modern);
}
