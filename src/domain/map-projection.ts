// How the regions are drawn on the map: their boundaries projected to simplified SVG paths, once per document.
import type { DashboardDocument } from '../contract/document';
import type { Geometry } from '../contract/places';

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
