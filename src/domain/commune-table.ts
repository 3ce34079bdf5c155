// The NTM commune table: one row per commune at the end of a year, diacritic-insensitive search, sorting, and a commune's detail.
import type { LocalisedText } from '../contract/fields';
import type { NtmCommune } from '../contract/ntm';
import type { NtmLevel } from '../contract/values';
import { regionsInScope, type DocumentIndex } from './document-index';
import { LEVEL_RANK } from './ntm-rules';
import { namesOf } from './names';
import type { NameOrder } from './ntm/name-order';
import { stepAt, timelineOf } from './ntm/timeline';
import { searchItems, searchName, type SearchName } from './text-search';
import { sortByValue, type SortDirection } from './sort-rows';

export interface CommuneRow {
  readonly code: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionName: string;
  /** Level at the end of the year (as `levelAt`). */
  readonly level: NtmLevel;
  /** The year that level was recognised (start of its run), when known; never for "none". */
  readonly since?: number;
  /** Criteria met at that time, when the record says. */
  readonly criteriaMet?: number;
  readonly criteriaTotal: number;
}

const prepared = new WeakMap<CommuneRow, readonly SearchName[]>();

/** The name and the code, prepared for search when a search first needs them (not for every row of every view). */
function searchNamesOf(r: CommuneRow): readonly SearchName[] {
  let search = prepared.get(r);
  if (search === undefined) {
    search = [searchName(r.name), { unit: [], words: [r.code.toLowerCase()] }];
    prepared.set(r, search);
  }
  return search;
}

function rowFor(c: NtmCommune, name: string, regionId: string, regionName: string, year: number): CommuneRow {
  const timeline = timelineOf(c);
  const step = stepAt(timeline, year);
  const level = step?.level ?? 'none';
  let since: number | undefined;
  if (step && level !== 'none') since = Number.isFinite(step.year) ? step.since : timeline.firstReached[level];
  return {
    code: c.communeCode,
    name,
    regionId,
    regionName,
    level,
    since,
    criteriaMet: step?.criteriaMet,
    criteriaTotal: c.criteriaTotal,
  };
}

/** Each region's rows for one year (the last one asked for): a new selection then only gathers them. */
const rowCache = new WeakMap<DocumentIndex, { year: number; byRegion: Map<string, readonly CommuneRow[]> }>();

/** The communes with an NTM record in the regions (empty/null = all), as they stood at the end of `year`. */
export function communeRows(index: DocumentIndex, regionIds: readonly string[] | null, year: number): CommuneRow[] {
  let cache = rowCache.get(index);
  if (!cache || cache.year !== year) {
    cache = { year, byRegion: new Map() };
    rowCache.set(index, cache);
  }
  const names = namesOf(index);
  const rows: CommuneRow[] = [];
  for (const regionId of regionsInScope(index, regionIds)) {
    let own = cache.byRegion.get(regionId);
    if (!own) {
      const regionName = names.region.get(regionId) ?? regionId;
      own = (index.ntmByRegion.get(regionId) ?? []).map((c) =>
        rowFor(c, names.commune.get(c.communeCode) ?? c.communeCode, regionId, regionName, year),
      );
      cache.byRegion.set(regionId, own);
    }
    for (const r of own) rows.push(r);
  }
  return rows;
}

export type LevelFilter = NtmLevel | 'all';

/**
 * Rows that hold `level` and whose name (or code) matches the query ("vu le" and "vule" find "Xã Vũ Lễ"), the
 * best matches first ("dong xa" puts "Xã Đông Xá" first); rows of the same rank keep the table's order.
 */
export function filterCommuneRows(rows: readonly CommuneRow[], query: string, level: LevelFilter): CommuneRow[] {
  const inLevel = level === 'all' ? rows : rows.filter((r) => r.level === level);
  return searchItems(inLevel, query, searchNamesOf);
}

export const SORT_KEYS = ['name', 'region', 'level', 'since', 'criteria'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Rows sorted by a column; ties (and the direction's other end) by name. An unknown year or criteria count
 * sorts last in both directions.
 */
export function sortCommuneRows(rows: readonly CommuneRow[], key: SortKey, direction: SortDirection, order: NameOrder): CommuneRow[] {
  const value = (r: CommuneRow): number | undefined => {
    switch (key) {
      case 'name':
        return 0;
      case 'region':
        return order.region.get(r.regionId) ?? 0;
      case 'level':
        return LEVEL_RANK[r.level];
      case 'since':
        return r.since;
      case 'criteria':
        return r.criteriaMet;
    }
  };
  // Look every key up once, then sort on numbers only.
  return sortByValue(rows, value, (row) => order.commune.get(row.code) ?? Infinity, direction, key === 'name');
}

// ---------- detail ----------

export interface CriterionStatus {
  readonly id: string | number;
  /** The criterion's name from the criteria set, when the set lists it. */
  readonly name?: LocalisedText;
  readonly met: boolean;
}

export interface HistoryEntry {
  readonly year?: number;
  readonly level: NtmLevel;
  readonly criteriaMet?: number;
  /** The record's current level (the last entry). */
  readonly current: boolean;
}

export interface CommuneDetail {
  readonly code: string;
  readonly name: string;
  readonly regionName: string;
  readonly level: NtmLevel;
  readonly yearRecognised?: number;
  readonly criteriaMet: number;
  readonly criteriaTotal: number;
  readonly criteriaSetId: string;
  /** Undefined when the document has no criteria set with that id. */
  readonly criteriaSetLabel?: LocalisedText;
  /** Criterion by criterion, in the set's order; undefined when the record has no per-criterion status. */
  readonly criteria?: readonly CriterionStatus[];
  /** Earlier levels by year (ascending), then the current level (its year may be unknown). */
  readonly history: readonly HistoryEntry[];
}

const byCode = new WeakMap<DocumentIndex, ReadonlyMap<string, NtmCommune>>();

/** A commune's NTM record, spelled out for its detail panel; undefined when the code has no NTM record. */
export function communeDetail(index: DocumentIndex, code: string): CommuneDetail | undefined {
  let map = byCode.get(index);
  if (!map) {
    map = new Map(index.doc.ntm.communes.map((c) => [c.communeCode, c]));
    byCode.set(index, map);
  }
  const c = map.get(code);
  if (!c) return undefined;
  const names = namesOf(index);
  const set = index.doc.ntm.criteriaSets.find((s) => s.id === c.criteriaSet);
  let criteria: CriterionStatus[] | undefined;
  if (c.criteria) {
    const named = new Map((set?.criteria ?? []).map((k, i) => [String(k.id), { name: k.name, position: i }]));
    criteria = c.criteria
      .map((k, i) => ({
        id: k.id,
        met: k.met,
        name: named.get(String(k.id))?.name,
        position: named.get(String(k.id))?.position ?? named.size + i,
      }))
      .sort((a, b) => a.position - b.position)
      .map(({ id, met, name }) => ({ id, met, name }));
  }
  const history: HistoryEntry[] = [...(c.history ?? [])]
    .sort((a, b) => a.year - b.year)
    .map((h) => ({ year: h.year, level: h.level, criteriaMet: h.criteriaMet, current: false }));
  history.push({ year: c.yearRecognised, level: c.level, criteriaMet: c.criteriaMet, current: true });
  const regionId = index.regionOfCommune.get(code) ?? '';
  return {
    code,
    name: names.commune.get(code) ?? code,
    regionName: names.region.get(regionId) ?? regionId,
    level: c.level,
    yearRecognised: c.yearRecognised,
    criteriaMet: c.criteriaMet,
    criteriaTotal: c.criteriaTotal,
    criteriaSetId: c.criteriaSet,
    criteriaSetLabel: set?.label,
    criteria,
    history,
  };
}
