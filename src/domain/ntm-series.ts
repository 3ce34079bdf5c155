// NTM series for the dashboard: levels per region, certifications and progress per year, target lines, recent recognitions.
import type { NtmCommune, NtmLevel, Target } from '../contract/schema';
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { compareId, memoised as memoisedIn, scopeKey, sortName, type Compare } from './per-document';

const memoised = <T>(index: DocumentIndex, key: string, compute: () => T): T => memoisedIn(index, `ntm|${key}`, compute);
import { LEVEL_RANK, levelAt } from './ntm-rules';
import { metricOf, type MetricId } from './metrics';
import { yearsUpTo } from './chart-years';

/** The levels a commune can be recognised at (everything but "none"), lowest first. */
export const REACHED_LEVELS = ['ntm', 'advanced', 'model'] as const;
export type ReachedLevel = (typeof REACHED_LEVELS)[number];

/** One point where `levelAt` may change; `since` is the first year of the run of this level. */
export interface NtmStep {
  readonly year: number;
  readonly level: NtmLevel;
  readonly criteriaMet?: number;
  readonly since?: number;
}

export interface NtmTimeline {
  /** Ascending change points of `levelAt`; a record without `yearRecognised` has one step at -Infinity (holds always). */
  readonly steps: readonly NtmStep[];
  /**
   * The first year the record dates the commune at this level or higher (a model commune is also advanced:
   * decision 319). Undefined when it never got there, or when no year is known.
   */
  readonly firstReached: Readonly<Record<ReachedLevel, number | undefined>>;
}

const timelines = new WeakMap<NtmCommune, NtmTimeline>();

function buildSteps(c: NtmCommune): NtmStep[] {
  const recognised = c.yearRecognised;
  if (recognised === undefined) return [{ year: -Infinity, level: c.level, criteriaMet: c.criteriaMet }];
  // levelAt uses history only before yearRecognised, and of two entries in one year the later one.
  const earlier = (c.history ?? []).filter((h) => h.year < recognised).sort((a, b) => a.year - b.year);
  const raw: NtmStep[] = [];
  for (const h of earlier) {
    const step = { year: h.year, level: h.level, criteriaMet: h.criteriaMet };
    if (raw.at(-1)?.year === h.year) raw[raw.length - 1] = step;
    else raw.push(step);
  }
  raw.push({ year: recognised, level: c.level, criteriaMet: c.criteriaMet });
  const steps: NtmStep[] = [];
  for (const s of raw) {
    const prev = steps[steps.length - 1];
    steps.push({ ...s, since: prev && prev.level === s.level ? prev.since : s.year });
  }
  return steps;
}

/** A record read once (cached per record object): its steps and the first year it reached each level. */
export function timelineOf(c: NtmCommune): NtmTimeline {
  const hit = timelines.get(c);
  if (hit) return hit;
  const steps = buildSteps(c);
  // Without yearRecognised the current level has no date, but the history entries still date earlier levels.
  const dated = c.yearRecognised === undefined ? (c.history ?? []) : steps;
  const firstReached: Record<ReachedLevel, number | undefined> = { ntm: undefined, advanced: undefined, model: undefined };
  for (const e of dated) {
    for (const level of REACHED_LEVELS) {
      const first = firstReached[level];
      if (LEVEL_RANK[e.level] >= LEVEL_RANK[level] && (first === undefined || e.year < first)) firstReached[level] = e.year;
    }
  }
  const timeline = { steps, firstReached };
  timelines.set(c, timeline);
  return timeline;
}

/** The step in force at the end of `year` (the same level as `levelAt`), or undefined before the first one. */
export function stepAt(t: NtmTimeline, year: number): NtmStep | undefined {
  let found: NtmStep | undefined;
  for (const s of t.steps) {
    if (s.year > year) break;
    found = s;
  }
  return found;
}

// ---------- names ----------

interface Names {
  readonly commune: ReadonlyMap<string, string>;
  readonly region: ReadonlyMap<string, string>;
}
const names = new WeakMap<DocumentIndex, Names>();

/** Commune and region names by code/id (built once per document). */
export function namesOf(index: DocumentIndex): Names {
  let hit = names.get(index);
  if (!hit) {
    hit = {
      commune: new Map(index.doc.communes.map((c) => [c.code, c.name])),
      region: new Map(index.doc.regions.map((r) => [r.id, r.name])),
    };
    names.set(index, hit);
  }
  return hit;
}

export type { Compare } from './per-document';

/** A name as it sorts: runs of spaces collapsed (official names sometimes carry a double space, "Xã  Mỹ Lộc"). */

// ---------- per-document results ----------

export interface NameOrder {
  /** Commune code → its place by name (then region name, then code). */
  readonly commune: ReadonlyMap<string, number>;
  /** Region id → its place by name. */
  readonly region: ReadonlyMap<string, number>;
}
const orders = new WeakMap<DocumentIndex, Map<Compare, NameOrder>>();

/**
 * Alphabetical places of communes and regions, sorted once per document and collation, so that later sorting
 * compares numbers, not strings.
 */
export function nameOrder(index: DocumentIndex, compare: Compare): NameOrder {
  let byCompare = orders.get(index);
  if (!byCompare) {
    byCompare = new Map();
    orders.set(index, byCompare);
  }
  const hit = byCompare.get(compare);
  if (hit) return hit;
  const names = namesOf(index);
  const regions = index.doc.regions
    .map((r) => ({ id: r.id, name: sortName(r.name) }))
    .sort((a, b) => compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const region = new Map(regions.map((r, i) => [r.id, i]));
  const communes = index.doc.communes
    .map((c) => ({ code: c.code, name: sortName(c.name), regionName: sortName(names.region.get(c.regionId) ?? '') }))
    .sort((a, b) => compare(a.name, b.name) || compare(a.regionName, b.regionName) || (a.code < b.code ? -1 : 1));
  const commune = new Map(communes.map((c, i) => [c.code, i]));
  const order = { commune, region };
  byCompare.set(compare, order);
  return order;
}

// ---------- levels per region ----------

export interface LevelCounts {
  readonly none: number;
  readonly ntm: number;
  readonly advanced: number;
  readonly model: number;
}

export interface RegionLevels extends LevelCounts {
  /** Region id; empty for the "other regions" row. */
  readonly regionId: string;
  readonly name: string;
  /** Communes with an NTM record. */
  readonly total: number;
  readonly advancedOrHigher: number;
  /** Advanced or higher as a percent of `total`; null when the region has no NTM record. */
  readonly advancedOrHigherShare: number | null;
}

const shareOf = (n: number, total: number) => (total === 0 ? null : (n / total) * 100);

function regionLevels(regionId: string, name: string, list: readonly NtmCommune[], year: number): RegionLevels {
  const counts = { none: 0, ntm: 0, advanced: 0, model: 0 };
  for (const c of list) counts[levelAt(c, year)]++;
  const advancedOrHigher = counts.advanced + counts.model;
  return { regionId, name, ...counts, total: list.length, advancedOrHigher, advancedOrHigherShare: shareOf(advancedOrHigher, list.length) };
}

/**
 * Every region of the document (one without NTM records gives zeros) with its communes by level at the end of
 * `year`, sorted by advanced-or-higher descending, then by name.
 */
export function levelsByRegion(index: DocumentIndex, year: number, compare: Compare): RegionLevels[] {
  const rows = index.doc.regions.map((r) => regionLevels(r.id, r.name, index.ntmByRegion.get(r.id) ?? [], year));
  return rows.sort((a, b) => b.advancedOrHigher - a.advancedOrHigher || compare(sortName(a.name), sortName(b.name)));
}

export interface CappedRegions {
  readonly shown: readonly RegionLevels[];
  /** The rest summed into one row, with how many regions it holds; undefined when nothing was left out. */
  readonly others?: RegionLevels & { readonly regions: number };
}

/**
 * Keeps a chart under ~150 marks: the first `limit` rows, plus the selected regions that are not among them
 * (at most `limit` more), and the rest summed into one row.
 */
export function capRegionRows(rows: readonly RegionLevels[], selected: readonly string[], limit: number): CappedRegions {
  if (rows.length <= limit + 1) return { shown: rows };
  const chosen = new Set(selected);
  const shown: RegionLevels[] = rows.slice(0, limit);
  const rest: RegionLevels[] = [];
  let extra = 0;
  for (const r of rows.slice(limit)) {
    if (chosen.has(r.regionId) && extra < limit) {
      shown.push(r);
      extra++;
    } else rest.push(r);
  }
  if (rest.length === 0) return { shown };
  const sum = (k: keyof LevelCounts | 'total' | 'advancedOrHigher') => rest.reduce((n, r) => n + r[k], 0);
  const others = {
    regionId: '',
    name: '',
    none: sum('none'),
    ntm: sum('ntm'),
    advanced: sum('advanced'),
    model: sum('model'),
    total: sum('total'),
    advancedOrHigher: sum('advancedOrHigher'),
    advancedOrHigherShare: shareOf(sum('advancedOrHigher'), sum('total')),
    regions: rest.length,
  };
  return { shown, others };
}

/**
 * The selected regions that the first `limit` rows leave out, in row order: all capRegionRows needs to know of a
 * selection, so a chart can keep its bars while the selection changes among the regions already drawn.
 */
export function regionsBeyond(rows: readonly RegionLevels[], selected: readonly string[], limit: number): string[] {
  if (selected.length === 0 || rows.length <= limit + 1) return [];
  const chosen = new Set(selected);
  return rows
    .slice(limit)
    .filter((r) => chosen.has(r.regionId))
    .map((r) => r.regionId);
}

export interface RegionLevelsSummary {
  /** The first region by advanced-or-higher, when one has any. */
  readonly top?: RegionLevels;
  /** Regions with no advanced-or-higher commune (those without NTM records included). */
  readonly withoutAdvanced: number;
  readonly regions: number;
  readonly communes: number;
  readonly advancedOrHigher: number;
}

/** The numbers the chart's one-line summary quotes, from rows sorted by levelsByRegion. */
export function summariseRegionLevels(rows: readonly RegionLevels[]): RegionLevelsSummary {
  let withoutAdvanced = 0;
  let communes = 0;
  let advancedOrHigher = 0;
  for (const r of rows) {
    if (r.advancedOrHigher === 0) withoutAdvanced++;
    communes += r.total;
    advancedOrHigher += r.advancedOrHigher;
  }
  const first = rows[0];
  return {
    top: first && first.advancedOrHigher > 0 ? first : undefined,
    withoutAdvanced,
    regions: rows.length,
    communes,
    advancedOrHigher,
  };
}

// ---------- years ----------

/** At most this many years on a chart (3 series × 20 years stays under 150 marks). */
export const MAX_YEARS = 20;
const firstYears = new WeakMap<DocumentIndex, number | null>();

function firstNtmYear(index: DocumentIndex): number | null {
  const hit = firstYears.get(index);
  if (hit !== undefined) return hit;
  let first = Infinity;
  for (const c of index.doc.ntm.communes) {
    const t = timelineOf(c);
    for (const s of t.steps) if (Number.isFinite(s.year) && s.year < first) first = s.year;
    for (const level of REACHED_LEVELS) {
      const y = t.firstReached[level];
      if (y !== undefined && y < first) first = y;
    }
  }
  const result = Number.isFinite(first) ? first : null;
  firstYears.set(index, result);
  return result;
}

/** Consecutive years from the document's first dated NTM year (at most MAX_YEARS back) to `year`. */
export function ntmYears(index: DocumentIndex, year: number): number[] {
  return yearsUpTo(firstNtmYear(index) ?? undefined, year, MAX_YEARS);
}

function ntmRecords(index: DocumentIndex, regionIds: readonly string[] | null): NtmCommune[] {
  return collect(index.ntmByRegion, regionsInScope(index, regionIds));
}

// ---------- certifications per year ----------

export interface CertificationRow {
  readonly year: number;
  /** On the first row only: it also holds every recognition before its year ("by 2020", not one year's result). */
  readonly upTo?: true;
  /** Communes that first reached this level (or higher) in `year`. */
  readonly ntm: number;
  readonly advanced: number;
  readonly model: number;
}

/**
 * For each of `years` (consecutive), how many communes of the regions first reached each level that year; the
 * first row gathers the recognitions of all earlier years too and is flagged `upTo`.
 */
export function certificationsByYear(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  years: readonly number[],
): readonly CertificationRow[] {
  const start = years[0];
  const key = `certifications|${start}|${years.length}|${scopeKey(index, regionIds)}`;
  return memoised(index, key, () => {
    const rows: { year: number; upTo?: true; ntm: number; advanced: number; model: number }[] = years.map((year, i) =>
      i === 0 ? { year, upTo: true, ntm: 0, advanced: 0, model: 0 } : { year, ntm: 0, advanced: 0, model: 0 },
    );
    if (start === undefined) return rows;
    for (const c of ntmRecords(index, regionIds)) {
      const { firstReached } = timelineOf(c);
      for (const level of REACHED_LEVELS) {
        const y = firstReached[level];
        const row = y === undefined ? undefined : rows[Math.max(0, y - start)];
        if (row) row[level]++;
      }
    }
    return rows;
  });
}

/** Certifications over all the rows (the chart's period). */
export function totalCertifications(rows: readonly CertificationRow[]): Record<ReachedLevel, number> {
  const total = { ntm: 0, advanced: 0, model: 0 };
  for (const r of rows) for (const level of REACHED_LEVELS) total[level] += r[level];
  return total;
}

// ---------- progress per year ----------

export const NTM_SERIES = ['ntmOrHigher', 'advancedOrHigher', 'model'] as const;
export type NtmSeries = (typeof NTM_SERIES)[number];

export interface ProgressRow {
  readonly year: number;
  /** Communes with an NTM record in the regions (the denominator of the shares). */
  readonly total: number;
  readonly ntmOrHigher: number;
  readonly advancedOrHigher: number;
  readonly model: number;
  /** Shares in percent; null when the regions have no NTM record (a share of nothing is no data). */
  readonly ntmOrHigherShare: number | null;
  readonly advancedOrHigherShare: number | null;
  readonly modelShare: number | null;
}

/**
 * Communes at each level or higher at the end of each of `years` (consecutive), for the regions: the same
 * numbers as the ntm.* metrics, in one pass over the records (each record adds its level changes once).
 */
export function progressByYear(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  years: readonly number[],
): readonly ProgressRow[] {
  const start = years[0];
  const end = years[years.length - 1];
  if (start === undefined || end === undefined) return [];
  return memoised(index, `progress|${start}|${end}|${scopeKey(index, regionIds)}`, () => {
    const records = ntmRecords(index, regionIds);
    // Per year and threshold (rank 1–3), how many communes cross it (+1 up, −1 down); running sums give the counts.
    const n = years.length;
    const diff = new Int32Array(n * 4);
    for (const c of records) {
      let prev = 0;
      for (const s of timelineOf(c).steps) {
        if (s.year > end) break;
        const rank = LEVEL_RANK[s.level];
        const at = Math.max(0, s.year - start) * 4;
        for (let t = 1; t <= 3; t++) diff[at + t] = (diff[at + t] ?? 0) + Number(rank >= t) - Number(prev >= t);
        prev = rank;
      }
    }
    const total = records.length;
    const share = (v: number) => shareOf(v, total);
    let ntmOrHigher = 0;
    let advancedOrHigher = 0;
    let model = 0;
    return years.map((year, i) => {
      ntmOrHigher += diff[i * 4 + 1] ?? 0;
      advancedOrHigher += diff[i * 4 + 2] ?? 0;
      model += diff[i * 4 + 3] ?? 0;
      return {
        year,
        total,
        ntmOrHigher,
        advancedOrHigher,
        model,
        ntmOrHigherShare: share(ntmOrHigher),
        advancedOrHigherShare: share(advancedOrHigher),
        modelShare: share(model),
      };
    });
  });
}

// ---------- targets ----------

const COUNT_METRICS: Partial<Record<MetricId, NtmSeries>> = {
  'ntm.ntm-or-higher-count': 'ntmOrHigher',
  'ntm.advanced-or-higher-count': 'advancedOrHigher',
  'ntm.model-count': 'model',
};
const SHARE_METRICS: Partial<Record<MetricId, NtmSeries>> = {
  'ntm.ntm-or-higher-share': 'ntmOrHigher',
  'ntm.advanced-or-higher-share': 'advancedOrHigher',
  'ntm.model-share': 'model',
};

export interface NtmTargetLine {
  readonly target: Target;
  readonly series: NtmSeries;
}

/** The document's targets on an NTM level metric the progress charts draw, split by unit (a mismatched unit is left out). */
export function ntmTargetLines(index: DocumentIndex): { readonly count: NtmTargetLine[]; readonly share: NtmTargetLine[] } {
  const count: NtmTargetLine[] = [];
  const share: NtmTargetLine[] = [];
  for (const target of index.doc.targets) {
    const metric = metricOf(target);
    const c = metric && COUNT_METRICS[metric];
    const s = metric && SHARE_METRICS[metric];
    if (c && target.unit === 'count') count.push({ target, series: c });
    if (s && target.unit === 'percent') share.push({ target, series: s });
  }
  return { count, share };
}

// ---------- recent recognitions ----------

export interface Recognition {
  readonly code: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionName: string;
  /** The highest level the commune first reached that year. */
  readonly level: ReachedLevel;
  readonly year: number;
}

/**
 * The `limit` latest recognitions up to the end of `year` in the regions: newest first, then higher level, then
 * name. Linear in the records: a bounded insertion, names compared by their precomputed place (nameOrder).
 */
export function recentRecognitions(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  year: number,
  compare: Compare,
  limit = 10,
): readonly Recognition[] {
  const key = `recent|${year}|${limit}|${compareId(compare)}|${scopeKey(index, regionIds)}`;
  return memoised(index, key, () => {
    const { commune, region } = namesOf(index);
    const order = nameOrder(index, compare);
    type Candidate = { code: string; regionId: string; level: ReachedLevel; year: number; place: number };
    const before = (a: Candidate, b: Candidate) =>
      a.year !== b.year ? a.year > b.year : a.level !== b.level ? LEVEL_RANK[a.level] > LEVEL_RANK[b.level] : a.place < b.place;
    const top: Candidate[] = [];
    const offer = (c: NtmCommune, regionId: string, level: ReachedLevel, y: number) => {
      const last = top[top.length - 1];
      // Cheap rejection first: once the list is full, an older recognition cannot enter it.
      if (top.length === limit && last && y < last.year) return;
      const item = { code: c.communeCode, regionId, level, year: y, place: order.commune.get(c.communeCode) ?? Infinity };
      if (top.length === limit && last && !before(item, last)) return;
      let i = top.length;
      for (let prev = top[i - 1]; prev && before(item, prev); prev = top[i - 1]) i--;
      top.splice(i, 0, item);
      if (top.length > limit) top.pop();
    };
    for (const regionId of regionsInScope(index, regionIds)) {
      for (const c of index.ntmByRegion.get(regionId) ?? []) {
        // First years ascend with the level (reaching model means reaching advanced), so a year's highest level
        // is the last one first reached that year.
        const { ntm, advanced, model } = timelineOf(c).firstReached;
        if (model !== undefined && model <= year) offer(c, regionId, 'model', model);
        if (advanced !== undefined && advanced <= year && advanced !== model) offer(c, regionId, 'advanced', advanced);
        if (ntm !== undefined && ntm <= year && ntm !== advanced && ntm !== model) offer(c, regionId, 'ntm', ntm);
      }
    }
    return top.map((t) => ({
      code: t.code,
      name: commune.get(t.code) ?? t.code,
      regionId: t.regionId,
      regionName: region.get(t.regionId) ?? t.regionId,
      level: t.level,
      year: t.year,
    }));
  });
}
