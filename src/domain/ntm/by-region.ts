// How far each region has come: its communes by NTM level at the end of a year, for the per-region chart.
import type { NtmCommune } from '../../contract/ntm';
import { capRows, countRows, leadingRow, sumRows } from '../capped-rows';
import type { DocumentIndex } from '../document-index';
import { levelAt } from '../ntm-rules';
import { sortName, type Compare } from '../per-document';
import { shareOf } from '../percent';

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

const SUMMED = ['none', 'ntm', 'advanced', 'model', 'total', 'advancedOrHigher'] as const;

/**
 * Keeps a chart under ~150 marks: the first `limit` rows, plus the selected regions that are not among them
 * (at most `limit` more), and the rest summed into one row.
 */
export function capRegionRows(rows: readonly RegionLevels[], selected: readonly string[], limit: number): CappedRegions {
  const { shown, rest } = capRows(rows, selected, limit);
  if (rest.length === 0) return { shown };
  const sum = sumRows(rest, SUMMED);
  const others = { regionId: '', name: '', ...sum, advancedOrHigherShare: shareOf(sum.advancedOrHigher, sum.total), regions: rest.length };
  return { shown, others };
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
  const { total: communes, advancedOrHigher } = sumRows(rows, ['total', 'advancedOrHigher']);
  return {
    top: leadingRow(rows, (r) => r.advancedOrHigher),
    withoutAdvanced: countRows(rows, (r) => r.advancedOrHigher === 0),
    regions: rows.length,
    communes,
    advancedOrHigher,
  };
}
