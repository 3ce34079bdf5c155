// The planners' scorecard: every district against every target that can be computed per district, side by side.
import type { Target } from '../contract/targets';
import type { DocumentIndex } from './document-index';
import { computeMetric, METRICS, metricOf, type MetricId } from './metrics';
import { meets } from './target-status';

/**
 * How a cell compares with the province goal. A share is judged on the goal itself. A count is a part of the
 * province's total, so it is judged on an even share of the goal (the goal divided by the number of districts).
 */
export type CellMark = 'meets' | 'below' | 'no-data';

export interface ScorecardColumn {
  readonly target: Target;
  /** The province's value in the year, for the counts' shares and the table's last row. */
  readonly province: number | null;
  /** For counts: the goal divided evenly over the districts, which each district's figure is judged on. */
  readonly evenShare?: number;
  readonly evenShareMax?: number;
}

export interface ScorecardCell {
  readonly value: number | null;
  /** For counts: the district's share of the province total, in percent (null when the province has none). */
  readonly shareOfProvince?: number | null;
  readonly mark: CellMark;
}

export interface ScorecardRow {
  readonly regionId: string;
  readonly name: string;
  readonly cells: readonly ScorecardCell[];
}

export interface Scorecard {
  readonly year: number;
  readonly columns: readonly ScorecardColumn[];
  readonly rows: readonly ScorecardRow[];
}

/**
 * The province's targets with a registered metric in the target's own unit. Reported figures exist for the
 * province only; a district's own target (with `regionIds`) is not a goal for the other districts.
 */
export function perDistrictTargets(index: DocumentIndex): Target[] {
  return index.doc.targets.filter((t) => {
    const metric = metricOf(t);
    return !t.regionIds && metric !== undefined && METRICS.get(metric)?.unit === t.unit;
  });
}

function valueOf(index: DocumentIndex, metric: MetricId | undefined, regionIds: readonly string[] | null, year: number): number | null {
  const r = metric && computeMetric(index, metric, { regionIds, year });
  return r?.kind === 'value' ? r.value : null;
}

export function buildScorecard(index: DocumentIndex, year: number): Scorecard {
  const n = index.doc.regions.length;
  const columns: ScorecardColumn[] = perDistrictTargets(index).map((target) => {
    const province = valueOf(index, metricOf(target), null, year);
    if (target.unit !== 'count' || n === 0) return { target, province };
    return { target, province, evenShare: target.value / n, evenShareMax: target.valueMax === undefined ? undefined : target.valueMax / n };
  });
  const rows = index.doc.regions.map((region) => ({
    regionId: region.id,
    name: region.name,
    cells: columns.map((c): ScorecardCell => {
      const value = valueOf(index, metricOf(c.target), [region.id], year);
      const goal = c.evenShare === undefined ? c.target : { ...c.target, value: c.evenShare, valueMax: c.evenShareMax };
      const mark: CellMark = value === null ? 'no-data' : meets(goal, value).ok ? 'meets' : 'below';
      if (c.target.unit !== 'count') return { value, mark };
      const shareOfProvince = value === null || !c.province ? null : (value / c.province) * 100;
      return { value, shareOfProvince, mark };
    }),
  }));
  return { year, columns, rows };
}

export type ScorecardSort = { readonly key: 'name' | number; readonly direction: 'ascending' | 'descending' };

/** Rows sorted by name (with the locale's collation) or by a column's value; districts without a value go last. */
export function sortScorecard(
  rows: readonly ScorecardRow[],
  sort: ScorecardSort,
  compareNames: (a: string, b: string) => number,
): ScorecardRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const key = sort.key;
  if (key === 'name') return [...rows].sort((a, b) => sign * compareNames(a.name, b.name));
  return [...rows].sort((a, b) => {
    const x = a.cells[key]?.value ?? null;
    const y = b.cells[key]?.value ?? null;
    if (x === null || y === null) return x === y ? compareNames(a.name, b.name) : x === null ? 1 : -1;
    return sign * (x - y) || compareNames(a.name, b.name);
  });
}
