// Craft-village series for the dashboard: totals, villages with a 3★+ product, counts by region and by craft, the goal.
import type { CraftVillage, Target } from '../contract/schema';
import { collect, regionsInScope, type DocumentIndex } from './document-index';
import { computeMetric, type MetricResult } from './metrics';
import { recognisedStarsAt } from './ocop-rules';
import { yearsUpTo } from './chart-years';

export type Compare = (a: string, b: string) => number;

const WITH_PRODUCT = 'craft.villages-with-3plus-product';
const RECOGNISED = 'craft.recognised-count';

const valueOf = (r: MetricResult | undefined): number => (r?.kind === 'value' ? r.value : 0);

function villages(index: DocumentIndex, regionIds: readonly string[] | null): CraftVillage[] {
  return collect(index.villagesByRegion, regionsInScope(index, regionIds));
}

// ---------- totals and the goal ----------

export interface CraftTotals {
  /** Villages holding recognition now (`recognised: true`): the craft.recognised-count metric. */
  readonly recognised: number;
  /** Recognised villages that are traditional. */
  readonly traditional: number;
  /** Recognised villages with a subject that has a 3★+ product valid at the end of the year (the metric). */
  readonly withProduct: number;
}

export function craftTotals(index: DocumentIndex, regionIds: readonly string[] | null, year: number): CraftTotals {
  const scope = { regionIds, year };
  let traditional = 0;
  for (const v of villages(index, regionIds)) if (v.recognised && v.traditional) traditional++;
  return {
    recognised: valueOf(computeMetric(index, RECOGNISED, scope)),
    traditional,
    withProduct: valueOf(computeMetric(index, WITH_PRODUCT, scope)),
  };
}

/**
 * The document's count target on villages with a 3★+ product that applies to `year`: of those whose deadline
 * falls in `year` or later, the earliest; otherwise the one with the latest deadline. Undefined when there is none.
 */
export function craftGoal(index: DocumentIndex, year: number): Target | undefined {
  const targets = index.doc.targets.filter((t) => t.metric === WITH_PRODUCT && t.unit === 'count');
  const byDeadline = [...targets].sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0));
  return byDeadline.find((t) => Number(t.deadline.slice(0, 4)) >= year) ?? byDeadline[byDeadline.length - 1];
}

// ---------- per year ----------

/** At most this many years on the chart. */
export const MAX_YEARS = 20;

export interface CraftYearRow {
  readonly year: number;
  readonly withProduct: number;
}

/** Consecutive years from the document's first OCOP rating (at most MAX_YEARS back) to `year`, with the metric for each. */
export function withProductByYear(index: DocumentIndex, regionIds: readonly string[] | null, year: number): CraftYearRow[] {
  return yearsUpTo(index.firstProductYear, year, MAX_YEARS).map((y) => ({
    year: y,
    withProduct: valueOf(computeMetric(index, WITH_PRODUCT, { regionIds, year: y })),
  }));
}

// ---------- the villages with a 3★+ product ----------

export interface VillageProduct {
  readonly id: string;
  readonly name: string;
  /** Stars it counts with at the end of the year (3–5). */
  readonly stars: number;
}

export interface VillageWithProducts {
  readonly id: string;
  readonly name: string;
  readonly craft: string;
  readonly communeName: string;
  readonly regionName: string;
  /** Most stars first, then by name. */
  readonly products: readonly VillageProduct[];
}

/**
 * The recognised villages of the regions whose subjects have a product valid at the end of `year` (the villages
 * the metric counts), each with those products; sorted by village name.
 */
export function villagesWithProducts(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  year: number,
  compare: Compare,
): VillageWithProducts[] {
  const communeNames = new Map(index.doc.communes.map((c) => [c.code, c.name]));
  const regionNames = new Map(index.doc.regions.map((r) => [r.id, r.name]));
  const rows: VillageWithProducts[] = [];
  for (const v of villages(index, regionIds)) {
    if (!v.recognised) continue;
    const seen = new Set<string>();
    const products: VillageProduct[] = [];
    for (const sid of v.subjectIds) {
      for (const p of index.productsBySubject.get(sid) ?? []) {
        const stars = recognisedStarsAt(p, year);
        if (stars === 0 || seen.has(p.id)) continue;
        seen.add(p.id);
        products.push({ id: p.id, name: p.name, stars });
      }
    }
    if (products.length === 0) continue;
    products.sort((a, b) => b.stars - a.stars || compare(a.name, b.name));
    const regionId = index.regionOfCommune.get(v.communeCode) ?? '';
    rows.push({
      id: v.id,
      name: v.name,
      craft: v.craft,
      communeName: communeNames.get(v.communeCode) ?? v.communeCode,
      regionName: regionNames.get(regionId) ?? regionId,
      products,
    });
  }
  return rows.sort((a, b) => compare(a.name, b.name) || compare(a.communeName, b.communeName));
}

// ---------- by region ----------

export interface CraftRegionRow {
  /** Region id; empty for the "other regions" row. */
  readonly regionId: string;
  readonly name: string;
  readonly recognised: number;
  readonly traditional: number;
  readonly withProduct: number;
}

/**
 * Every region of the document (one without villages gives zeros), with the two craft metrics for `year`,
 * sorted by recognised villages descending, then by name. Each region reads only its own villages.
 */
export function craftRegionRows(index: DocumentIndex, year: number, compare: Compare): CraftRegionRow[] {
  const rows = index.doc.regions.map((r) => {
    const scope = { regionIds: [r.id], year };
    let traditional = 0;
    for (const v of index.villagesByRegion.get(r.id) ?? []) if (v.recognised && v.traditional) traditional++;
    return {
      regionId: r.id,
      name: r.name,
      recognised: valueOf(computeMetric(index, RECOGNISED, scope)),
      traditional,
      withProduct: valueOf(computeMetric(index, WITH_PRODUCT, scope)),
    };
  });
  return rows.sort((a, b) => b.recognised - a.recognised || compare(a.name, b.name));
}

export interface CappedCraftRegions {
  readonly shown: readonly CraftRegionRow[];
  /** The rest summed into one row, with how many regions it holds; undefined when nothing was left out. */
  readonly others?: CraftRegionRow & { readonly regions: number };
}

/**
 * Keeps the chart under ~150 marks: the first `limit` rows, the selected regions not among them (at most `limit`
 * more), and the rest summed into one row. Nothing is summed when at most one row would be left out.
 */
export function capCraftRegions(rows: readonly CraftRegionRow[], selected: readonly string[], limit: number): CappedCraftRegions {
  if (rows.length <= limit + 1) return { shown: rows };
  const chosen = new Set(selected);
  const shown = rows.slice(0, limit);
  const rest: CraftRegionRow[] = [];
  let extra = 0;
  for (const r of rows.slice(limit)) {
    if (chosen.has(r.regionId) && extra < limit) {
      shown.push(r);
      extra++;
    } else rest.push(r);
  }
  if (rest.length === 0) return { shown };
  const sum = (k: 'recognised' | 'traditional' | 'withProduct') => rest.reduce((n, r) => n + r[k], 0);
  const others = {
    regionId: '',
    name: '',
    recognised: sum('recognised'),
    traditional: sum('traditional'),
    withProduct: sum('withProduct'),
    regions: rest.length,
  };
  return { shown, others };
}

// ---------- by craft ----------

export interface CraftRow {
  /** The craft as first written in the data; null for the "other crafts" row. */
  readonly craft: string | null;
  readonly recognised: number;
  readonly traditional: number;
  /** How many crafts the row holds (1, or more for "other"). */
  readonly crafts: number;
}

/** Crafts shown one by one; the rest go into "other". */
export const TOP_CRAFTS = 12;

/**
 * Recognised villages of the regions by craft (the craft text compared without case and outer spaces): the
 * `limit` largest (ties by name), then one "other" row with the rest. Empty when no village is recognised.
 */
export function villagesByCraft(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  compare: Compare,
  limit = TOP_CRAFTS,
): CraftRow[] {
  const groups = new Map<string, { craft: string; recognised: number; traditional: number }>();
  for (const v of villages(index, regionIds)) {
    if (!v.recognised) continue;
    const key = v.craft.trim().toLocaleLowerCase('vi');
    let g = groups.get(key);
    if (!g) {
      g = { craft: v.craft.trim(), recognised: 0, traditional: 0 };
      groups.set(key, g);
    }
    g.recognised++;
    if (v.traditional) g.traditional++;
  }
  const sorted = [...groups.values()].sort((a, b) => b.recognised - a.recognised || compare(a.craft, b.craft));
  const rows: CraftRow[] = sorted.slice(0, limit).map((g) => ({ ...g, crafts: 1 }));
  const rest = sorted.slice(limit);
  if (rest.length > 0) {
    rows.push({
      craft: null,
      recognised: rest.reduce((n, g) => n + g.recognised, 0),
      traditional: rest.reduce((n, g) => n + g.traditional, 0),
      crafts: rest.length,
    });
  }
  return rows;
}
