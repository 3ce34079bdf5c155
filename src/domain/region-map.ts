// The district map, without pixels: regions projected to SVG paths, a measure per region, its colour classes and extremes.
import type { DashboardDocument, Geometry, Unit } from '../data/schema';
import type { DocumentIndex } from './document-index';
import { computeMetric, type MetricId } from './metrics';

// ---------- projection ----------

export const MAP_MAX_WIDTH = 600;
export const MAP_MAX_HEIGHT = 900;
export const MAP_PADDING = 8;
/** Points closer than this (in SVG units) to the last kept point are dropped. */
export const MIN_STEP = 0.5;

export interface MapRegion {
  readonly id: string;
  readonly name: string;
  /** SVG path data (absolute, 1 decimal), every ring closed with Z; draw with fill-rule evenodd for holes. */
  readonly path: string;
  /** Centroid of the region's largest polygon, for its text label. */
  readonly label: { readonly x: number; readonly y: number };
}

export interface ProjectedMap {
  readonly width: number;
  readonly height: number;
  /** Regions with a geometry, in document order. */
  readonly regions: readonly MapRegion[];
  /** Ids of the regions without a geometry (not drawn). */
  readonly missing: readonly string[];
}

type Position = readonly number[];
type Ring = readonly Position[];
type Point = readonly [number, number];

const polygonsOf = (g: Geometry): readonly (readonly Ring[])[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const round1 = (v: number) => Math.round(v * 10) / 10;

/** Signed area and centroid of a closed ring (shoelace); a degenerate ring gives the mean of its points. */
function ringCentroid(points: readonly Point[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  points.forEach(([x0, y0], i) => {
    const [x1, y1] = points[(i + 1) % points.length] ?? points[0] ?? [x0, y0];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  });
  if (Math.abs(a) < 1e-12) {
    const n = points.length || 1;
    return { area: 0, x: points.reduce((s, p) => s + p[0], 0) / n, y: points.reduce((s, p) => s + p[1], 0) / n };
  }
  return { area: Math.abs(a / 2), x: cx / (3 * a), y: cy / (3 * a) };
}

/** Rounds to 1 decimal and drops points within MIN_STEP of the last kept one (and the closing repeat of the first). */
function simplify(points: readonly Point[]): Point[] {
  const kept: Point[] = [];
  for (const [x, y] of points) {
    const p: Point = [round1(x), round1(y)];
    const last = kept[kept.length - 1];
    if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= MIN_STEP) kept.push(p);
  }
  const first = kept[0];
  for (let last = kept[kept.length - 1]; first && last && kept.length > 1; last = kept[kept.length - 1]) {
    if (Math.hypot(first[0] - last[0], first[1] - last[1]) >= MIN_STEP) break;
    kept.pop();
  }
  if (kept.length >= 3) return kept;
  // A ring smaller than the step: keep its distinct rounded points so a tiny region stays drawn and focusable.
  const distinct = new Map(points.map(([x, y]) => [`${round1(x)} ${round1(y)}`, [round1(x), round1(y)] as Point]));
  return [...distinct.values()];
}

const ringPath = (points: readonly Point[]) => `M${points.map(([x, y]) => `${x} ${y}`).join('L')}Z`;

const projections = new WeakMap<DashboardDocument, ProjectedMap | null>();

/**
 * Projects the regions' outlines (GeoJSON lon/lat) equirectangularly, x scaled by the cosine of the middle
 * latitude of the whole map, y flipped, fitted into MAP_MAX_WIDTH × MAP_MAX_HEIGHT keeping the aspect ratio.
 * Undefined when no region has a geometry. Computed once per document.
 */
export function projectRegions(doc: DashboardDocument): ProjectedMap | undefined {
  const hit = projections.get(doc);
  if (hit !== undefined) return hit ?? undefined;
  const result = project(doc);
  projections.set(doc, result ?? null);
  return result;
}

function project(doc: DashboardDocument): ProjectedMap | undefined {
  const withGeometry = doc.regions.flatMap((r) => (r.geometry ? [{ id: r.id, name: r.name, geometry: r.geometry }] : []));
  if (withGeometry.length === 0) return undefined;
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (const r of withGeometry) {
    for (const polygon of polygonsOf(r.geometry)) {
      for (const ring of polygon) {
        for (const [lon = NaN, lat = NaN] of ring) {
          if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
          minLon = Math.min(minLon, lon);
          maxLon = Math.max(maxLon, lon);
          minLat = Math.min(minLat, lat);
          maxLat = Math.max(maxLat, lat);
        }
      }
    }
  }
  if (!Number.isFinite(minLon)) return undefined;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (maxLon - minLon) * k;
  const spanY = maxLat - minLat;
  const inner = (size: number) => size - 2 * MAP_PADDING;
  const scales = [spanX > 0 ? inner(MAP_MAX_WIDTH) / spanX : Infinity, spanY > 0 ? inner(MAP_MAX_HEIGHT) / spanY : Infinity];
  const scale = Math.min(...scales) === Infinity ? 1 : Math.min(...scales);
  const toPoint = ([lon = 0, lat = 0]: Position): Point => [MAP_PADDING + (lon - minLon) * k * scale, MAP_PADDING + (maxLat - lat) * scale];

  const regions: MapRegion[] = withGeometry.map((r) => {
    const parts: string[] = [];
    let best = { area: -1, x: 0, y: 0 };
    for (const polygon of polygonsOf(r.geometry)) {
      polygon.forEach((ring, i) => {
        const points = ring.map(toPoint);
        if (i === 0) {
          const c = ringCentroid(points);
          if (c.area > best.area) best = c;
        }
        const simple = simplify(points);
        if (simple.length >= 3) parts.push(ringPath(simple));
      });
    }
    return { id: r.id, name: r.name, path: parts.join(''), label: { x: round1(best.x), y: round1(best.y) } };
  });
  return {
    width: round1(2 * MAP_PADDING + spanX * scale),
    height: round1(2 * MAP_PADDING + spanY * scale),
    regions,
    missing: doc.regions.filter((r) => !r.geometry).map((r) => r.id),
  };
}

// ---------- names ----------

/**
 * A region's name without the "Huyện " prefix (the common case needs no prefix); with `abbreviate`, for map
 * labels, "Thành phố"/"Thị xã" become "TP."/"TX.".
 */
export function shortRegionName(name: string, abbreviate = false): string {
  const trimmed = name.trim();
  if (/^Huyện\s+/u.test(trimmed)) return trimmed.replace(/^Huyện\s+/u, '');
  if (abbreviate) return trimmed.replace(/^Thành phố\s+/u, 'TP. ').replace(/^Thị xã\s+/u, 'TX. ');
  return trimmed;
}

// ---------- measures ----------

export const MAP_MEASURES = ['ocop-recognised', 'ntm-advanced-share', 'craft-recognised'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

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
