// OCOP series for the dashboard: recognised products by stars per year and per region, rating and renewal shares, groups, subjects.
import { PRODUCT_GROUPS, SUBJECT_TYPES } from '../contract/values';
import type { Product, ProductGroup, Subject, SubjectType, Target, Unit } from '../contract/schema';
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { compareId, memoised as memoisedIn, scopeKey, sortName, type Compare } from './per-document';

export type { Compare };
const memoised = <T>(index: DocumentIndex, key: string, compute: () => T): T => memoisedIn(index, `ocop|${key}`, compute);
import { evaluationDate } from './evaluation-date';
import { yearsUpTo } from './chart-years';
import { dueForReEvaluation, firstRecognisedYear, maintainedIn, ratedIn, recognisedStarsAt } from './ocop-rules';

function productsOf(index: DocumentIndex, regionIds: readonly string[] | null): Product[] {
  return collect(index.productsByRegion, regionsInScope(index, regionIds));
}

const shareOf = (n: number, total: number): number | null => (total === 0 ? null : (n / total) * 100);

// ---------- stars ----------

export interface StarCounts {
  readonly three: number;
  readonly four: number;
  readonly five: number;
  /** Recognised (3★+) products: three + four + five. */
  readonly total: number;
}

type MutableStars = { three: number; four: number; five: number; total: number };
const emptyStars = (): MutableStars => ({ three: 0, four: 0, five: 0, total: 0 });

function addStars(counts: MutableStars, stars: number): void {
  if (stars === 3) counts.three++;
  else if (stars === 4) counts.four++;
  else if (stars === 5) counts.five++;
  else return;
  counts.total++;
}

// ---------- years ----------

/** At most this many years on a chart (3 stacked stars × 20 years stays under 150 marks). */
export const MAX_YEARS = 20;

/**
 * The years the OCOP charts show: consecutive, from the first year any product of the document was recognised
 * (3★+ at the end of it) to the selected year (never after it), at most MAX_YEARS. The start is the document's,
 * not the selection's, so the axis stays put while the district filter changes. Without a product recognised by
 * then, the selected year alone.
 */
export function ocopYears(index: DocumentIndex, year: number): readonly number[] {
  return memoised(index, `years|${year}`, () => {
    let first = Infinity;
    const low = year - MAX_YEARS + 1;
    const consider = (from: number, until: number) => {
      const y = Math.max(from, low);
      if (y < until && y <= year && y < first) first = y;
    };
    for (const p of index.doc.ocop.products) forEachStarRun(p, consider);
    return yearsUpTo(Number.isFinite(first) ? first : undefined, year, MAX_YEARS);
  });
}

export interface OcopYearRow extends StarCounts {
  readonly year: number;
  /** Products rated that year (any stars), and how many of them reached 3★ or more. */
  readonly rated: number;
  readonly ratedThreePlus: number;
  /** ratedThreePlus as a percent of rated; null when nothing was rated (a gap, never 0 %). */
  readonly ratedShare: number | null;
  /** Recognised products whose certificate came up for re-evaluation that year, and how many were kept or upgraded. */
  readonly due: number;
  readonly maintained: number;
  /** maintained as a percent of due; null when nothing came up. */
  readonly maintainedShare: number | null;
}

/**
 * For each of `years` (consecutive, ascending) and the regions (empty/null = all): recognised products by stars
 * at the end of the year, the rated-3★+ share and the maintained-or-upgraded share — the numbers of the
 * ocop.* metrics, in one pass over the products (a product is rated and re-evaluated in at most two years).
 */
export function ocopYearRows(index: DocumentIndex, regionIds: readonly string[] | null, years: readonly number[]): readonly OcopYearRow[] {
  const start = years[0];
  const end = years[years.length - 1];
  if (start === undefined || end === undefined) return [];
  return memoised(index, `year-rows|${start}|${end}|${scopeKey(index, regionIds)}`, () => {
    const n = years.length;
    // Stars per year as differences (+1 where a run of stars starts, −1 after it ends); running sums give the counts.
    const diff = { 3: new Int32Array(n + 1), 4: new Int32Array(n + 1), 5: new Int32Array(n + 1) };
    const rows = years.map(() => ({ rated: 0, ratedThreePlus: 0, due: 0, maintained: 0 }));
    const at = (y: number) => rows[y - start];
    const addRun = (from: number, until: number, stars: 3 | 4 | 5) => {
      const i = Math.max(from, start) - start;
      const j = Math.min(until, end + 1) - start;
      if (i >= j) return;
      const d = diff[stars];
      d[i] = (d[i] ?? 0) + 1;
      d[j] = (d[j] ?? 0) - 1;
    };
    const addDue = (p: Product, y: number) => {
      const row = at(y);
      const date = evaluationDate(index, y);
      if (!row || !dueForReEvaluation(p, y, date)) return;
      row.due++;
      if (maintainedIn(p, y, date)) row.maintained++;
    };
    for (const p of productsOf(index, regionIds)) {
      forEachStarRun(p, addRun);
      const rating = at(p.ratingYear);
      if (rating && ratedIn(p, p.ratingYear)) {
        rating.rated++;
        if (p.stars >= 3) rating.ratedThreePlus++;
      }
      // Due only in its rating year or its certificate's expiry year (dueForReEvaluation).
      addDue(p, p.ratingYear);
      const expiry = expiryYear(p);
      if (expiry !== undefined && expiry !== p.ratingYear) addDue(p, expiry);
    }
    let three = 0;
    let four = 0;
    let five = 0;
    return rows.map((r, i) => {
      three += diff[3][i] ?? 0;
      four += diff[4][i] ?? 0;
      five += diff[5][i] ?? 0;
      return {
        year: start + i,
        three,
        four,
        five,
        total: three + four + five,
        ...r,
        ratedShare: shareOf(r.ratedThreePlus, r.rated),
        maintainedShare: shareOf(r.maintained, r.due),
      };
    });
  });
}

const expiryYear = (p: Product) => (p.expiryDate === undefined ? undefined : Number(p.expiryDate.slice(0, 4)));

export interface StarRun {
  /** First year of the run. */
  readonly from: number;
  /** The year after the run (Infinity: still running). */
  readonly until: number;
  readonly stars: 3 | 4 | 5;
}

/**
 * The runs of years in which a product holds stars as a recognised product: recognisedStarsAt(p, y) is `stars`
 * for y in [from, until) of a run, and 0 outside every run. Previous stars from the first recognised year to the
 * latest rating, the latest stars from then on; a lapsed product's runs end at its expiry year.
 */
export function starRuns(p: Product): StarRun[] {
  const runs: StarRun[] = [];
  forEachStarRun(p, (from, until, stars) => runs.push({ from, until, stars }));
  return runs;
}

/** starRuns without building a list: calls `run` for each run, in order. */
function forEachStarRun(p: Product, run: (from: number, until: number, stars: 3 | 4 | 5) => void): void {
  const first = firstRecognisedYear(p);
  if (first === undefined) return;
  const end = p.status === 'lapsed' ? (expiryYear(p) ?? p.ratingYear) : Infinity;
  const before = p.previousStars ?? p.stars;
  const beforeUntil = Math.min(p.ratingYear, end);
  if (first < beforeUntil && (before === 3 || before === 4 || before === 5)) run(first, beforeUntil, before);
  const from = Math.max(first, p.ratingYear);
  if (from < end && (p.stars === 3 || p.stars === 4 || p.stars === 5)) run(from, end, p.stars);
}

// ---------- regions ----------

export interface RegionStars extends StarCounts {
  /** Region id; empty for the "other regions" row. */
  readonly regionId: string;
  readonly name: string;
}

/**
 * Every region of the document (one without products gives zeros) with its recognised products by stars at the
 * end of `year`, sorted by recognised products descending, then by name.
 */
export function starsByRegion(index: DocumentIndex, year: number, compare: Compare): readonly RegionStars[] {
  return memoised(index, `regions|${year}|${compareId(compare)}`, () => {
    const rows = index.doc.regions.map((r) => {
      const counts = emptyStars();
      for (const p of index.productsByRegion.get(r.id) ?? []) addStars(counts, recognisedStarsAt(p, year));
      return { regionId: r.id, name: r.name, ...counts };
    });
    return rows.sort((a, b) => b.total - a.total || compare(sortName(a.name), sortName(b.name)));
  });
}

/** The regions left out of a capped chart: how many, their sum, and the mean per region. */
export interface OtherRegions {
  readonly regions: number;
  readonly sum: StarCounts;
  /**
   * The sum divided by the number of regions: the figure the chart draws, on the same scale as a single region
   * (a sum of hundreds of regions would flatten every other bar).
   */
  readonly mean: StarCounts;
}

export interface CappedRegionStars {
  readonly shown: readonly RegionStars[];
  /** Undefined when nothing was left out. */
  readonly others?: OtherRegions;
}

/**
 * Keeps the chart under ~150 marks: the first `limit` rows, the selected regions that are not among them (at most
 * `limit` more), and the rest as one row.
 */
export function capRegionStars(rows: readonly RegionStars[], selected: readonly string[], limit: number): CappedRegionStars {
  if (rows.length <= limit + 1) return { shown: rows };
  const chosen = new Set(selected);
  const shown = rows.slice(0, limit);
  const rest = emptyStars();
  let restRegions = 0;
  let extra = 0;
  for (const r of rows.slice(limit)) {
    if (chosen.has(r.regionId) && extra < limit) {
      shown.push(r);
      extra++;
      continue;
    }
    rest.three += r.three;
    rest.four += r.four;
    rest.five += r.five;
    rest.total += r.total;
    restRegions++;
  }
  if (restRegions === 0) return { shown };
  const mean = (v: number) => v / restRegions;
  return {
    shown,
    others: {
      regions: restRegions,
      sum: rest,
      mean: { three: mean(rest.three), four: mean(rest.four), five: mean(rest.five), total: mean(rest.total) },
    },
  };
}

export interface RegionStarsSummary {
  /** The first region, when it has any recognised product. */
  readonly top?: RegionStars;
  /** Regions with no recognised product (those without any product included). */
  readonly withoutProducts: number;
  readonly regions: number;
}

/** The numbers the district chart's summary quotes, from rows sorted by starsByRegion. */
export function summariseRegionStars(rows: readonly RegionStars[]): RegionStarsSummary {
  let withoutProducts = 0;
  for (const r of rows) if (r.total === 0) withoutProducts++;
  const first = rows[0];
  return { top: first && first.total > 0 ? first : undefined, withoutProducts, regions: rows.length };
}

// ---------- groups and subjects ----------

export interface GroupStars extends StarCounts {
  readonly group: ProductGroup;
}

export interface SubjectTypeRow {
  readonly type: SubjectType;
  /** OCOP subjects: with at least one product valid at the end of the year. */
  readonly subjects: number;
  readonly modern: number;
  readonly notModern: number;
  /** modern as a percent of subjects; null when the type has no OCOP subject. */
  readonly modernShare: number | null;
}

export interface OcopMix {
  /** The six groups in the contract's order, zeros included. */
  readonly groups: readonly GroupStars[];
  /** The four subject types in the contract's order, zeros included. */
  readonly subjectTypes: readonly SubjectTypeRow[];
  readonly subjects: number;
  readonly modern: number;
  /** The ocop.modern-channel-subject-share metric; null when no subject has a valid product. */
  readonly modernShare: number | null;
}

const subjectMaps = new WeakMap<DocumentIndex, ReadonlyMap<string, Subject>>();

/** Subjects by id (built once per document). */
export function subjectsById(index: DocumentIndex): ReadonlyMap<string, Subject> {
  let map = subjectMaps.get(index);
  if (!map) {
    map = new Map(index.doc.ocop.subjects.map((s) => [s.id, s]));
    subjectMaps.set(index, map);
  }
  return map;
}

/**
 * Products valid at the end of `year` by group and stars, and OCOP subjects by type and modern channels, for the
 * regions. A subject counts in the selection when one of its products there is valid (as the metric does).
 */
export function ocopMix(index: DocumentIndex, regionIds: readonly string[] | null, year: number): OcopMix {
  return memoised(index, `mix|${year}|${scopeKey(index, regionIds)}`, () => {
    const groups = new Map<ProductGroup, MutableStars>(PRODUCT_GROUPS.map((g) => [g, emptyStars()]));
    const subjectIds = new Set<string>();
    for (const p of productsOf(index, regionIds)) {
      const stars = recognisedStarsAt(p, year);
      if (stars === 0) continue;
      const counts = groups.get(p.group);
      if (counts) addStars(counts, stars);
      subjectIds.add(p.subjectId);
    }
    const types = new Map<SubjectType, { subjects: number; modern: number }>(SUBJECT_TYPES.map((t) => [t, { subjects: 0, modern: 0 }]));
    const byId = subjectsById(index);
    let subjects = 0;
    let modern = 0;
    for (const id of subjectIds) {
      const s = byId.get(id);
      if (!s) continue;
      const row = types.get(s.type);
      subjects++;
      if (row) row.subjects++;
      if (s.modernChannels) {
        modern++;
        if (row) row.modern++;
      }
    }
    return {
      groups: PRODUCT_GROUPS.map((group) => ({ group, ...(groups.get(group) ?? emptyStars()) })),
      subjectTypes: SUBJECT_TYPES.map((type) => {
        const { subjects: n, modern: k } = types.get(type) ?? { subjects: 0, modern: 0 };
        return { type, subjects: n, modern: k, notModern: n - k, modernShare: shareOf(k, n) };
      }),
      subjects,
      modern,
      modernShare: shareOf(modern, subjects),
    };
  });
}

// ---------- targets ----------

/** The metrics the OCOP charts draw a goal line for, with the unit a target must have to be drawn. */
export const OCOP_GOALS = {
  ratedShare: { metric: 'ocop.rated-3plus-share', unit: 'percent' },
  fiveStar: { metric: 'ocop.five-star-count', unit: 'count' },
  maintainedShare: { metric: 'ocop.maintained-upgraded-share', unit: 'percent' },
  modernShare: { metric: 'ocop.modern-channel-subject-share', unit: 'percent' },
} as const satisfies Record<string, { metric: string; unit: Unit }>;
export type OcopGoal = keyof typeof OCOP_GOALS;

/**
 * The document's target for a goal that applies to `year`: of the targets on the metric (with its unit), the one
 * with the earliest deadline in or after `year`, else the one with the latest deadline; undefined when none.
 */
export function ocopTarget(index: DocumentIndex, goal: OcopGoal, year: number): Target | undefined {
  const { metric, unit } = OCOP_GOALS[goal];
  let coming: Target | undefined;
  let latest: Target | undefined;
  for (const t of index.doc.targets) {
    if (t.metric !== metric || t.unit !== unit) continue;
    if (Number(t.deadline.slice(0, 4)) >= year && (!coming || t.deadline < coming.deadline)) coming = t;
    if (!latest || t.deadline > latest.deadline) latest = t;
  }
  return coming ?? latest;
}
