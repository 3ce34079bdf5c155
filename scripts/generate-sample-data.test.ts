// @vitest-environment node
// The built-in Thái Bình sample: contract, geography, published totals, references and byte-identical regeneration.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { documentSchema, type DashboardDocument } from '../src/contract/document';
import type { NtmCommune } from '../src/contract/ntm';
import type { Product } from '../src/contract/ocop';
import type { NtmLevel } from '../src/contract/values';
import { buildSampleDocument, serialise } from './generate-sample-data';

const FILE = fileURLToPath(new URL('../public/data/thai-binh-sample.json', import.meta.url));
const text = readFileSync(FILE, 'utf8');
const doc = JSON.parse(text) as DashboardDocument;

/** The app's rule: recognised at the end of `year` with these stars (0 = not recognised then). */
function starsAt(p: Product, year: number): number {
  if (p.firstRecognisedYear === undefined || p.firstRecognisedYear > year) return 0;
  if (p.status === 'lapsed' && p.expiryDate && year >= Number(p.expiryDate.slice(0, 4))) return 0;
  const s = p.ratingYear <= year ? p.stars : (p.previousStars ?? p.stars);
  return s >= 3 ? s : 0;
}
function recognised(year: number) {
  const stars = doc.ocop.products.map((p) => starsAt(p, year));
  return {
    total: stars.filter((s) => s >= 3).length,
    five: stars.filter((s) => s === 5).length,
    four: stars.filter((s) => s === 4).length,
    three: stars.filter((s) => s === 3).length,
  };
}

const RANK: Record<NtmLevel, number> = { none: 0, ntm: 1, advanced: 2, model: 3 };
function levelAt(c: NtmCommune, year: number): NtmLevel {
  if (c.yearRecognised === undefined || c.yearRecognised <= year) return c.level;
  const earlier = (c.history ?? []).filter((h) => h.year <= year);
  return earlier[earlier.length - 1]?.level ?? 'none';
}
const countAtLeast = (year: number, level: NtmLevel) => doc.ntm.communes.filter((c) => RANK[levelAt(c, year)] >= RANK[level]).length;

const communeByCode = new Map(doc.communes.map((c) => [c.code, c]));
const subjectById = new Map(doc.ocop.subjects.map((s) => [s.id, s]));
const ntmOf = (code: string) => doc.ntm.communes.find((c) => c.communeCode === code);

describe('the Thái Bình sample document', () => {
  it('matches the data contract and says it is sample data', () => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
    expect(doc.meta.sample).toBe(true);
    expect(doc.meta.schemaVersion).toBe(1.1);
    expect(doc.meta.asOf).toBe('2025-06-30');
    expect(doc.meta.province).toEqual({ code: '34', name: 'Tỉnh Thái Bình' });
    expect(doc.meta.geography.validUntil).toBe('2025-06-30');
  });

  it('is compact JSON', () => {
    expect(text.startsWith('{"meta":')).toBe(true);
    expect(text.trimEnd().includes('\n')).toBe(false);
  });

  it('has the 8 districts with their boundaries and the 242 communes, wards and townships', () => {
    expect(doc.regions.map((r) => r.id)).toEqual(['336', '338', '339', '340', '341', '342', '343', '344']);
    for (const r of doc.regions) {
      expect(['Polygon', 'MultiPolygon']).toContain(r.geometry?.type);
      expect(r.geometry?.coordinates.length).toBeGreaterThan(0);
    }
    expect(doc.communes).toHaveLength(242);
    expect(new Set(doc.communes.map((c) => c.code)).size).toBe(242);
    expect(doc.communes.filter((c) => c.type === 'Xã')).toHaveLength(223);
    const perRegion = Object.fromEntries(doc.regions.map((r) => [r.id, doc.communes.filter((c) => c.regionId === r.id).length]));
    expect(perRegion).toEqual({ '336': 19, '338': 35, '339': 33, '340': 32, '341': 36, '342': 28, '343': 29, '344': 30 });
    expect(communeByCode.get('13111')?.name).toBe('Xã Vũ Lễ');
  });

  it('assesses each of the 223 rural communes once, with consistent criteria and history', () => {
    expect(doc.ntm.communes).toHaveLength(223);
    expect(new Set(doc.ntm.communes.map((c) => c.communeCode)).size).toBe(223);
    expect(doc.ntm.criteriaSets).toHaveLength(1);
    expect(doc.ntm.criteriaSets[0]?.criteria).toHaveLength(19);
    const withCriteria = doc.ntm.communes.filter((c) => c.criteria);
    expect(withCriteria.length).toBeGreaterThan(60);
    expect(withCriteria.length).toBeLessThan(90);
    for (const c of doc.ntm.communes) {
      expect(communeByCode.get(c.communeCode)?.type).toBe('Xã');
      expect(c.criteriaSet).toBe('2021-2025');
      expect(c.criteriaTotal).toBe(19);
      if (c.level !== 'ntm') expect(c.criteriaMet).toBe(19);
      else expect(c.criteriaMet).toBeGreaterThanOrEqual(12);
      if (c.criteria) {
        expect(c.criteria).toHaveLength(19);
        expect(c.criteria.filter((x) => x.met).length).toBe(c.criteriaMet);
      }
      const years = (c.history ?? []).map((h) => h.year);
      expect(years).toEqual([...years].sort((a, b) => a - b));
      expect(c.history?.[0]).toEqual({ year: 2020, level: 'ntm', criteriaMet: 19 });
      if (c.yearRecognised !== undefined) expect(Math.max(...years)).toBeLessThan(c.yearRecognised);
    }
  });

  it('reproduces the advanced and model NTM totals by year', () => {
    expect([2020, 2021, 2022, 2023, 2024, 2025].map((y) => countAtLeast(y, 'advanced'))).toEqual([0, 15, 20, 25, 40, 47]);
    expect(doc.ntm.communes.filter((c) => c.level === 'advanced')).toHaveLength(43);
    expect(doc.ntm.communes.filter((c) => c.level === 'model')).toHaveLength(4);
    for (const c of doc.ntm.communes.filter((x) => x.level === 'model')) {
      expect(c.history?.some((h) => h.level === 'advanced' && h.year < (c.yearRecognised ?? 0))).toBe(true);
    }
  });

  it('records the named communes by code', () => {
    for (const code of ['13111', '12724']) {
      expect(ntmOf(code)).toMatchObject({ level: 'advanced', yearRecognised: 2025 }); // Vũ Lễ, Đông Xá
    }
    expect(ntmOf('12850')).toMatchObject({ level: 'model', yearRecognised: 2025 }); // Thụy Ninh
    expect(ntmOf('12877')?.level).toBe('advanced'); // Thụy Dân
    for (const code of ['13012', '13000']) {
      expect(ntmOf(code)).toMatchObject({ level: 'advanced', yearRecognised: 2024 }); // An Ninh, Đông Hoàng (Tiền Hải)
    }
    expect(ntmOf('12514')?.yearRecognised).not.toBe(2024); // An Ninh, Quỳnh Phụ: another commune
    for (const code of ['13222', '13231', '13243']) expect(ntmOf(code)?.yearRecognised).toBe(2024); // Vũ Thư
    const songAn = ntmOf('13249');
    expect(songAn).toMatchObject({ level: 'ntm', criteriaMet: 18, criteriaTotal: 19 });
    expect(songAn?.criteria?.filter((x) => !x.met)).toHaveLength(1);
  });

  it('reproduces the published OCOP totals at each year end', () => {
    expect(recognised(2021).total).toBe(47);
    expect(recognised(2022)).toEqual({ total: 64, five: 0, four: 32, three: 32 });
    expect(recognised(2023)).toEqual({ total: 113, five: 0, four: 48, three: 65 });
    expect(recognised(2024)).toEqual({ total: 194, five: 0, four: 67, three: 127 });
    expect(recognised(2025).five).toBe(0);
    const districts2021 = new Set(
      doc.ocop.products.filter((p) => starsAt(p, 2021) > 0).map((p) => communeByCode.get(p.communeCode)?.regionId),
    );
    expect(districts2021.size).toBe(8);
  });

  it('has a 2025 round in which just over 80 % of rated products reach 3★', () => {
    const rated = doc.ocop.products.filter((p) => p.ratingYear === 2025);
    expect(rated).toHaveLength(45);
    expect(rated.filter((p) => p.stars >= 3)).toHaveLength(37);
    expect(rated.some((p) => p.stars === 5)).toBe(false);
    const byName = (name: string) => doc.ocop.products.find((p) => p.name === name);
    expect(byName('Gạo nếp cái hoa vàng Thụy Ninh')).toMatchObject({ stars: 4, previousStars: 3, ratingYear: 2025, status: 'upgraded' });
    for (const n of ['Thịt vịt biển Đông Xuyên', 'Trứng vịt biển Đông Xuyên', 'Bánh cáy Thiên Đức']) {
      expect(byName(n)).toMatchObject({ stars: 4, ratingYear: 2025, status: 're-recognised' });
    }
    expect(doc.ocop.products.some((p) => p.status === 'lapsed')).toBe(true);
  });

  it('keeps product records internally consistent', () => {
    for (const p of doc.ocop.products) {
      expect(p.decisionDate?.slice(0, 4)).toBe(String(p.ratingYear));
      if (p.stars >= 3) {
        const [y, m, d] = (p.decisionDate ?? '').split('-').map(Number) as [number, number, number];
        const day = Math.min(d, new Date(Date.UTC(y + 3, m, 0)).getUTCDate()); // 29/02 → 28/02
        expect(p.expiryDate).toBe(`${y + 3}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        expect(p.firstRecognisedYear).toBeDefined();
      }
      if (p.status === 'lapsed') expect((p.expiryDate ?? '') <= doc.meta.asOf).toBe(true);
      if (p.status === 'upgraded') expect(p.stars).toBeGreaterThan(p.previousStars ?? 5);
      if (p.status === 're-recognised') expect(p.previousStars).toBe(p.stars);
      if (p.status === 'new') expect(p.previousStars).toBeUndefined();
    }
  });

  it('uses unique ids and resolves every reference', () => {
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;
    expect(ids(doc.ocop.products)).toBe(true);
    expect(ids(doc.ocop.subjects)).toBe(true);
    expect(ids(doc.craftVillages)).toBe(true);
    for (const p of doc.ocop.products) {
      const s = subjectById.get(p.subjectId);
      expect(s, p.id).toBeDefined();
      expect(communeByCode.get(p.communeCode)?.regionId, p.id).toBe(s?.regionId);
    }
    for (const s of doc.ocop.subjects) expect(communeByCode.get(s.communeCode ?? '')?.regionId).toBe(s.regionId);
    for (const v of doc.craftVillages) {
      expect(communeByCode.has(v.communeCode)).toBe(true);
      for (const sid of v.subjectIds) expect(subjectById.get(sid)?.communeCode).toBe(v.communeCode);
    }
  });

  it('has about 150 subjects, under half of them on modern channels', () => {
    expect(doc.ocop.subjects).toHaveLength(150);
    const share = doc.ocop.subjects.filter((s) => s.modernChannels).length / doc.ocop.subjects.length;
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.5);
  });

  it('links exactly 3 recognised craft villages to a producer with a valid 3★+ product', () => {
    expect(doc.craftVillages.filter((v) => v.recognised)).toHaveLength(141);
    const valid = (sid: string) => doc.ocop.products.some((p) => p.subjectId === sid && starsAt(p, 2025) > 0);
    const counted = doc.craftVillages.filter((v) => v.recognised && v.subjectIds.some(valid));
    expect(counted).toHaveLength(3);
    const from2025 = counted.some((v) =>
      v.subjectIds.some((sid) => doc.ocop.products.some((p) => p.subjectId === sid && p.ratingYear === 2025 && p.stars >= 3)),
    );
    expect(from2025).toBe(true);
  });

  it('carries the ten 2025 province targets and Vũ Thư’s own 2024 target', () => {
    expect(doc.targets.map((t) => t.id)).toEqual([
      'ocop-2025-rated-3plus',
      'ocop-2025-five-star',
      'ocop-2025-maintained',
      'ocop-2025-subjects',
      'ocop-2025-modern-channels',
      'ocop-2025-craft-villages',
      'ntm-2025-advanced-120',
      'ntm-2025-model-12',
      'ntm-2025-advanced-share-20',
      'ntm-2025-model-share-10',
      'ntm-2024-vu-thu-advanced-8',
    ]);
    for (const t of doc.targets.filter((x) => !x.regionIds)) expect(t.deadline).toBe('2025-12-31');
    expect(doc.targets.find((t) => t.regionIds)).toMatchObject({ regionIds: ['344'], deadline: '2024-12-31', value: 8 });
  });

  it('regenerates byte for byte', () => {
    expect(serialise(buildSampleDocument())).toBe(text);
  });
});
