// Checks of the built sample against the published figures, with the same counting rule the app uses.
import type { DashboardDocument } from '../../src/contract/document';
import type { NtmCommune } from '../../src/contract/ntm';
import type { Product } from '../../src/contract/ocop';
import type { NtmLevel } from '../../src/contract/values';

/**
 * Stars a product held as a recognised (3★+) product at the end of `year`, or 0: it counts if first recognised by
 * then, with its latest stars from the rating year on and its previous stars before; a lapsed product counts only for
 * years before its expiry year.
 */
export function starsAtYearEnd(p: Product, year: number): number {
  if (p.firstRecognisedYear === undefined || p.firstRecognisedYear > year) return 0;
  if (p.status === 'lapsed' && year >= Number((p.expiryDate ?? String(p.ratingYear)).slice(0, 4))) return 0;
  const stars = p.ratingYear <= year ? p.stars : (p.previousStars ?? p.stars);
  return stars >= 3 ? stars : 0;
}

/**
 * Stars held on a given date, from decision dates: the latest rating from its decision on; before it, the previous
 * stars if the product was first recognised in an earlier year. Good for this sample, whose products are re-rated at
 * most once and never first recognised in the same year as a later re-rating.
 */
export function starsOnDate(p: Product, date: string): number {
  if (p.firstRecognisedYear === undefined) return 0;
  let stars: number;
  if (p.decisionDate !== undefined && p.decisionDate <= date) {
    if (p.status === 'lapsed' && p.expiryDate !== undefined && p.expiryDate <= date) return 0;
    stars = p.stars;
  } else if (p.firstRecognisedYear < Number(date.slice(0, 4))) stars = p.previousStars ?? p.stars;
  else return 0;
  return stars >= 3 ? stars : 0;
}

const RANK: Record<NtmLevel, number> = { none: 0, ntm: 1, advanced: 2, model: 3 };
export function ntmLevelAt(c: NtmCommune, year: number): NtmLevel {
  if (c.yearRecognised === undefined || c.yearRecognised <= year) return c.level;
  const h = (c.history ?? []).filter((x) => x.year <= year).sort((a, b) => a.year - b.year);
  return h[h.length - 1]?.level ?? 'none';
}
export const atLeast = (c: NtmCommune, year: number, level: NtmLevel) => RANK[ntmLevelAt(c, year)] >= RANK[level];

export interface StarCount {
  total: number;
  five: number;
  four: number;
  three: number;
}
function tally(stars: number[]): StarCount {
  const n = (k: number) => stars.filter((s) => s === k).length;
  return { total: stars.filter((s) => s >= 3).length, five: n(5), four: n(4), three: n(3) };
}

export function yearEndCounts(doc: DashboardDocument, year: number, regionId?: string): StarCount {
  return tally(doc.ocop.products.filter((p) => !regionId || regionOf(doc, p) === regionId).map((p) => starsAtYearEnd(p, year)));
}

export function dateCounts(doc: DashboardDocument, date: string, regionId?: string) {
  const valid = doc.ocop.products.filter((p) => (!regionId || regionOf(doc, p) === regionId) && starsOnDate(p, date) > 0);
  const subjectIds = new Set(valid.map((p) => p.subjectId));
  const subjects = doc.ocop.subjects.filter((s) => subjectIds.has(s.id));
  const byType: Record<string, number> = {};
  for (const t of [...new Set(subjects.map((s) => s.type))].sort()) byType[t] = subjects.filter((s) => s.type === t).length;
  return {
    ...tally(valid.map((p) => starsOnDate(p, date))),
    subjects: subjects.length,
    subjectTypes: byType,
    communes: new Set(valid.map((p) => p.communeCode)).size,
  };
}

function regionOf(doc: DashboardDocument, p: Product): string | undefined {
  return doc.communes.find((c) => c.code === p.communeCode)?.regionId;
}

/** The 2025 OCOP and craft-village target metrics, as of the document's date. */
export function ocop2025(doc: DashboardDocument) {
  const year = 2025;
  const rated = doc.ocop.products.filter((p) => p.ratingYear === year);
  const recognisedSubjects = new Set(doc.ocop.products.filter((p) => starsAtYearEnd(p, year) > 0).map((p) => p.subjectId));
  const subjects = doc.ocop.subjects.filter((s) => recognisedSubjects.has(s.id));
  const withValid = (sid: string) => doc.ocop.products.some((p) => p.subjectId === sid && starsAtYearEnd(p, year) > 0);
  return {
    rated: rated.length,
    rated3plus: rated.filter((p) => p.stars >= 3).length,
    fiveStar: doc.ocop.products.filter((p) => starsAtYearEnd(p, year) === 5).length,
    statuses: Object.fromEntries(
      ['new', 're-recognised', 'upgraded', 'not-recognised'].map((s) => [s, rated.filter((p) => p.status === s).length]),
    ),
    subjectsRated: new Set(rated.map((p) => p.subjectId)).size,
    modernShare: subjects.filter((s) => s.modernChannels).length / subjects.length,
    modernShareAll: doc.ocop.subjects.filter((s) => s.modernChannels).length / doc.ocop.subjects.length,
    villagesWith3plus: doc.craftVillages.filter((v) => v.recognised && v.subjectIds.some(withValid)).length,
  };
}

export function ntmCounts(doc: DashboardDocument, year: number) {
  const list = doc.ntm.communes;
  return {
    ntm: list.filter((c) => atLeast(c, year, 'ntm')).length,
    advancedOrHigher: list.filter((c) => atLeast(c, year, 'advanced')).length,
    model: list.filter((c) => atLeast(c, year, 'model')).length,
    total: list.length,
  };
}

/** Published figures the sample must reproduce; returns the list of mismatches (empty when all match). */
export function verify(doc: DashboardDocument): string[] {
  const errors: string[] = [];
  const expect = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) errors.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  const ye = (y: number) => yearEndCounts(doc, y);
  expect('2021', ye(2021).total, 47);
  expect('2022', [ye(2022).total, ye(2022).four, ye(2022).three], [64, 32, 32]);
  expect('2023', [ye(2023).total, ye(2023).four, ye(2023).three], [113, 48, 65]);
  expect('2024', [ye(2024).total, ye(2024).four], [194, 67]);
  expect('2021 districts', new Set(doc.ocop.products.filter((p) => starsAtYearEnd(p, 2021) > 0).map((p) => regionOf(doc, p))).size, 8);
  const mid = dateCounts(doc, '2024-06-30');
  expect('30/06/2024', [mid.total, mid.four, mid.three, mid.subjects], [194, 48, 146, 137]);
  expect('30/06/2024 subject types', mid.subjectTypes, { cooperative: 54, enterprise: 38, household: 45 });
  const th = dateCounts(doc, '2024-04-30', '342');
  expect('Tiền Hải 30/04/2024', [th.total, th.subjects, th.communes, th.four], [36, 26, 18, 4]);
  const o = ocop2025(doc);
  expect('2025 rated', [o.rated, o.rated3plus, o.fiveStar], [45, 37, 0]);
  expect('craft villages with 3★+ producer', o.villagesWith3plus, 3);
  if (o.modernShare >= 0.5) errors.push(`modern-channel share ${o.modernShare} should stay under 50 %`);
  const adv = [2021, 2022, 2023, 2024, 2025].map((y) => ntmCounts(doc, y).advancedOrHigher);
  expect('NTM advanced or higher 2021–2025', adv, [15, 20, 25, 40, 47]);
  expect('NTM model 2025', ntmCounts(doc, 2025).model, 4);
  return errors;
}

export function report(doc: DashboardDocument): string {
  const lines: string[] = ['Recognised OCOP products (3★+) at year end, by the counting rule:'];
  for (const y of [2021, 2022, 2023, 2024, 2025]) {
    const c = yearEndCounts(doc, y);
    lines.push(`  ${y}${y === 2025 ? ' (to 30/06)' : ''}: ${c.total} = ${c.five}× 5★ + ${c.four}× 4★ + ${c.three}× 3★`);
  }
  const mid = dateCounts(doc, '2024-06-30');
  lines.push(
    `  on 30/06/2024: ${mid.total} = ${mid.four}× 4★ + ${mid.three}× 3★, ${mid.subjects} subjects ${JSON.stringify(mid.subjectTypes)}`,
  );
  const th = dateCounts(doc, '2024-04-30', '342');
  lines.push(`  Tiền Hải on 30/04/2024: ${th.total} products (${th.four}× 4★) of ${th.subjects} subjects in ${th.communes} communes`);
  const o = ocop2025(doc);
  lines.push(
    `2025 round: ${o.rated} rated, ${o.rated3plus} 3★+ (${((o.rated3plus / o.rated) * 100).toFixed(1)} %), 5★: ${o.fiveStar}, ${JSON.stringify(o.statuses)}`,
    `  subjects with a product rated in 2025: ${o.subjectsRated}; modern channels: ${(o.modernShare * 100).toFixed(1)} % of recognised subjects (${(o.modernShareAll * 100).toFixed(1)} % of all)`,
    `  recognised craft villages with a 3★+ producer: ${o.villagesWith3plus}`,
    'NTM (advanced-or-higher / model, of communes assessed):',
  );
  for (const y of [2020, 2021, 2022, 2023, 2024, 2025]) {
    const n = ntmCounts(doc, y);
    lines.push(`  ${y}: ${n.advancedOrHigher} / ${n.model} of ${n.total}`);
  }
  const groups: Record<string, number> = {};
  for (const p of doc.ocop.products) groups[p.group] = (groups[p.group] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const s of doc.ocop.subjects) types[s.type] = (types[s.type] ?? 0) + 1;
  lines.push(
    `Products ${doc.ocop.products.length} by group ${JSON.stringify(groups)}; subjects ${doc.ocop.subjects.length} ${JSON.stringify(types)}`,
  );
  const v = doc.craftVillages;
  lines.push(
    `Craft villages: ${v.filter((x) => x.recognised).length} recognised (${v.filter((x) => x.recognised && x.traditional).length} traditional), ${v.filter((x) => !x.recognised).length} no longer recognised`,
  );
  return lines.join('\n');
}
