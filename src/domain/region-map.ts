// The district map, without pixels: a measure per region, its colour classes, its extremes and short names.
import type { Unit } from '../contract/values';
import type { DocumentIndex } from './document-index';
import type { MapMeasure } from './map-measures';
import { computeMetric, type MetricId } from './metrics';

// ---------- measures ----------

export const MEASURE_METRIC: Record<MapMeasure, MetricId> = {
  'ocop-recognised': 'ocop.recognised-count',
  'ntm-advanced-share': 'ntm.advanced-or-higher-share',
  'craft-recognised': 'craft.recognised-count',
};
export const MEASURE_UNIT: Record<MapMeasure, Unit> = {
  'ocop-recognised': 'count',
  'ntm-advanced-share': 'percent',
  'craft-recognised': 'count',
};

export interface RegionValue {
  readonly regionId: string;
  readonly name: string;
  /** Null when the metric has no data for the region (e.g. a share of no communes). */
  readonly value: number | null;
}

/**
 * The measure for every region of the document (document order) at the end of `year`. Each region is a
 * single-region scope of the metrics registry, which reads only that region's records: linear overall.
 */
export function measureByRegion(index: DocumentIndex, measure: MapMeasure, year: number): RegionValue[] {
  const metric = MEASURE_METRIC[measure];
  return index.doc.regions.map((r) => {
    const result = computeMetric(index, metric, { regionIds: [r.id], year });
    return { regionId: r.id, name: r.name, value: result?.kind === 'value' ? result.value : null };
  });
}

// ---------- classes ----------

export const CLASS_COUNT = 5;

export interface ValueClass {
  /** Bounds of the class: counts are whole numbers, both bounds included; shares include the lower bound only (the last both). */
  readonly lower: number;
  readonly upper: number;
  /** Regions in the class. */
  readonly regions: number;
}

export interface Classification {
  /** Lightest first; fewer than CLASS_COUNT when the values span fewer whole numbers; empty when no region has data. */
  readonly classes: readonly ValueClass[];
  /** Region id → class index; a region with no data is absent. */
  readonly classOf: ReadonlyMap<string, number>;
  readonly noData: number;
}

/**
 * Equal-interval classes from the smallest to the largest value. Counts get whole-number classes
 * (width ⌈(max − min + 1) / 5⌉, the last ending at max); shares get five equal widths.
 */
export function classify(values: readonly RegionValue[], unit: Unit, count = CLASS_COUNT): Classification {
  const known = values.filter((v): v is RegionValue & { value: number } => v.value !== null);
  const noData = values.length - known.length;
  if (known.length === 0) return { classes: [], classOf: new Map(), noData };
  const min = Math.min(...known.map((v) => v.value));
  const max = Math.max(...known.map((v) => v.value));
  const bounds: { lower: number; upper: number }[] = [];
  let indexOf: (v: number) => number;
  if (max === min) {
    bounds.push({ lower: min, upper: max });
    indexOf = () => 0;
  } else if (unit === 'count') {
    const step = Math.max(1, Math.ceil((Math.floor(max) - Math.ceil(min) + 1) / count));
    for (let lower = Math.ceil(min); lower <= max; lower += step) bounds.push({ lower, upper: Math.min(lower + step - 1, max) });
    indexOf = (v) => Math.min(bounds.length - 1, Math.floor((v - Math.ceil(min)) / step));
  } else {
    const step = (max - min) / count;
    for (let i = 0; i < count; i++) bounds.push({ lower: min + i * step, upper: i === count - 1 ? max : min + (i + 1) * step });
    indexOf = (v) => Math.min(count - 1, Math.max(0, Math.floor((v - min) / step + 1e-9)));
  }
  const tally = bounds.map(() => 0);
  const classOf = new Map<string, number>();
  for (const v of known) {
    const i = indexOf(v.value);
    classOf.set(v.regionId, i);
    tally[i] = (tally[i] ?? 0) + 1;
  }
  return { classes: bounds.map((b, i) => ({ ...b, regions: tally[i] ?? 0 })), classOf, noData };
}

// ---------- extremes ----------

export interface Extreme {
  readonly value: number;
  /** Names of the regions that share it, sorted. */
  readonly names: readonly string[];
}

/** The highest and lowest value and who has them; undefined when no region has data. */
export function extremes(
  values: readonly RegionValue[],
  compare: (a: string, b: string) => number,
): { max: Extreme; min: Extreme } | undefined {
  const known = values.filter((v): v is RegionValue & { value: number } => v.value !== null);
  if (known.length === 0) return undefined;
  const pick = (target: number): Extreme => ({
    value: target,
    names: known
      .filter((v) => v.value === target)
      .map((v) => v.name)
      .sort(compare),
  });
  return { max: pick(Math.max(...known.map((v) => v.value))), min: pick(Math.min(...known.map((v) => v.value))) };
}
