import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../contract/document';
import type { Region } from '../contract/places';
import { indexDocument } from './document-index';
import { projectRegions } from './map-projection';
import type { MapMeasure } from './map-measures';
import { classify, extremes, measureByRegion, type RegionValue } from './region-map';
import { shortRegionName } from './short-region-name';

/** The same collation as formatters('vi').compare (domain tests do not import i18n). */
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// Projection of the small document: three 0.1° squares side by side, lon 106–106.3, lat 20–20.1.
// Middle latitude 20.05°, cos = 0.93939; the map is 0.3 × 0.93939 = 0.28182 wide and 0.1 high (in degrees).
// Fitted to 600 − 2 × 8 padding = 584 units wide: each square is 584 / 3 = 194.67 wide and
// 0.1 × 584 / 0.28182 = 207.23 high; height 207.23 + 16 = 223.2.
// x: 8, 202.7, 397.3, 592; y (flipped): lat 20.1 → 8, lat 20 → 215.2.
describe('projectRegions on the small document (hand-checked)', () => {
  const map = projectRegions(buildSmallDocument())!;

  it('fits the width and keeps the aspect ratio', () => {
    expect(map.width).toBe(600);
    expect(map.height).toBe(223.2);
    expect(map.missing).toEqual([]);
  });

  it.each([
    ['A', 'M8 215.2L202.7 215.2L202.7 8L8 8Z', 105.3, 111.6],
    ['B', 'M202.7 215.2L397.3 215.2L397.3 8L202.7 8Z', 300, 111.6],
    ['C', 'M397.3 215.2L592 215.2L592 8L397.3 8Z', 494.7, 111.6],
  ])('region %s: path %s, label at (%d, %d)', (id, path, x, y) => {
    const region = map.regions.find((r) => r.id === id)!;
    expect(region.path).toBe(path);
    expect(region.label).toEqual({ x, y });
  });

  it('is computed once per document', () => {
    const doc = buildSmallDocument();
    expect(projectRegions(doc)).toBe(projectRegions(doc));
  });
});

const docWith = (regions: Region[]): DashboardDocument => buildSmallDocument({ regions, communes: [] });
const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('projectRegions edge cases', () => {
  it('is undefined when no region has a geometry, and leaves out regions without one', () => {
    expect(projectRegions(docWith([{ id: 'X', name: 'X' }]))).toBeUndefined();
    const map = projectRegions(
      docWith([
        { id: 'X', name: 'X' },
        { id: 'Y', name: 'Y', geometry: { type: 'Polygon', coordinates: [square(0, 0, 1)] } },
      ]),
    )!;
    expect(map.regions.map((r) => r.id)).toEqual(['Y']);
    expect(map.missing).toEqual(['X']);
  });

  it('drops points within 0.5 units of the previous one', () => {
    // lat 0–1 (cos 0.5° = 0.99996): a 1° square fills 584 × 584.02 units (the 900 height limit does not bind); 0.0005° = 0.29 units
    const ring = [
      [0, 0],
      [0.0005, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0.0005],
      [0, 0],
    ];
    const map = projectRegions(docWith([{ id: 'Y', name: 'Y', geometry: { type: 'Polygon', coordinates: [ring] } }]))!;
    expect(map.regions[0]!.path).toBe('M8 592L592 592L592 8L8 8Z');
  });

  it('draws holes as extra rings and labels a multipolygon at the centre of its largest part', () => {
    // a 2° square at lon 0–2 with a hole, and a 1° square at lon 3–4, lat 0–2 (cos 1° = 0.99985):
    // the map is 4 × 0.99985° wide, so 584 / 3.9994 = 146.02 units per degree
    const geometry = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 2), square(0.5, 0.5, 1)], [square(3, 0, 1)]],
    };
    const map = projectRegions(docWith([{ id: 'Y', name: 'Y', geometry }]))!;
    expect(map.regions[0]!.path.match(/M/g)).toHaveLength(3);
    // centre of the 2° square: x = 8 + 0.99985 × 146.02 = 154, y = 8 + 146.02 = 154.0 (lat 1 of 0–2, flipped)
    expect(map.regions[0]!.label).toEqual({ x: 154, y: 154 });
    expect(map.height).toBe(308); // 2 × 146.02 + 16 = 308.04
  });
});

describe('shortRegionName', () => {
  it.each([
    ['Huyện Tiền Hải', false, 'Tiền Hải'],
    ['Thành phố Thái Bình', false, 'Thành phố Thái Bình'],
    ['Thành phố Thái Bình', true, 'TP. Thái Bình'],
    ['Thị xã Phú Mỹ', true, 'TX. Phú Mỹ'],
    ['Quận 1', true, 'Quận 1'],
  ])('%s (abbreviated: %s) → %s', (name, abbreviate, expected) => {
    expect(shortRegionName(name, abbreviate)).toBe(expected);
  });
});

describe('measureByRegion (hand-checked on the small document)', () => {
  it.each([
    // 2025 OCOP: A has P1, P2 (4★), P4 (3★ new) = 3; B has P5 (5★), P7 = 2 (P6 lapsed in its expiry year); C none
    ['ocop-recognised', 2025, [3, 2, 0]],
    // 2022: A has P2 at its previous 3★ = 1; B has P6 (lapses only in 2025) and P7 at its previous 4★ = 2
    ['ocop-recognised', 2022, [1, 2, 0]],
    // 2025: a1 advanced (2024), a2 model (2025) → 2/2 = 100 %; b1 NTM → 0/1 = 0 %; C has no commune → no data
    ['ntm-advanced-share', 2025, [100, 0, null]],
    // 2023: a1 still NTM (history 2020), a2 advanced (history 2023) → 1/2 = 50 %
    ['ntm-advanced-share', 2023, [50, 0, null]],
    // V1 (A) and V2 (B) are recognised, V3 (A) is not
    ['craft-recognised', 2025, [1, 1, 0]],
  ] as const)('%s in %i = %j for A, B, C', (measure, year, expected) => {
    expect(measureByRegion(index, measure as MapMeasure, year).map((v) => v.value)).toEqual(expected);
  });
});

const values = (...list: (number | null)[]): RegionValue[] => list.map((value, i) => ({ regionId: `r${i}`, name: `Huyện ${i}`, value }));

describe('classify (equal intervals from the smallest to the largest value)', () => {
  it('makes whole-number classes for counts: 0..3 gives four one-number classes', () => {
    const c = classify(measureByRegion(index, 'ocop-recognised', 2025), 'count');
    expect(c.classes).toEqual([
      { lower: 0, upper: 0, regions: 1 },
      { lower: 1, upper: 1, regions: 0 },
      { lower: 2, upper: 2, regions: 1 },
      { lower: 3, upper: 3, regions: 1 },
    ]);
    expect([...c.classOf]).toEqual([
      ['A', 3],
      ['B', 2],
      ['C', 0],
    ]);
  });

  it('splits 8..36 into five classes of width ⌈29 / 5⌉ = 6, the last ending at the maximum', () => {
    const c = classify(values(8, 13, 14, 20, 31, 32, 36), 'count');
    expect(c.classes.map((k) => [k.lower, k.upper, k.regions])).toEqual([
      [8, 13, 2],
      [14, 19, 1],
      [20, 25, 1],
      [26, 31, 1],
      [32, 36, 2],
    ]);
  });

  it('splits shares into five equal widths and leaves regions with no data out', () => {
    // the small document in 2025: A 100 %, B 0 %, C no data → width 20; 100 is in the last class
    const c = classify(measureByRegion(index, 'ntm-advanced-share', 2025), 'percent');
    expect(c.classes.map((k) => [k.lower, k.upper])).toEqual([
      [0, 20],
      [20, 40],
      [40, 60],
      [60, 80],
      [80, 100],
    ]);
    expect(c.classOf.get('A')).toBe(4);
    expect(c.classOf.get('B')).toBe(0);
    expect(c.classOf.has('C')).toBe(false);
    expect(c.noData).toBe(1);
    // a value on a bound belongs to the class it opens
    expect(classify(values(0, 40, 100), 'percent').classOf.get('r1')).toBe(2);
  });

  it('makes one class when every value is the same, and none when nothing has data', () => {
    expect(classify(values(5, 5, 5), 'count').classes).toEqual([{ lower: 5, upper: 5, regions: 3 }]);
    expect(classify(values(null, null), 'percent')).toEqual({ classes: [], classOf: new Map(), noData: 2 });
  });
});

describe('extremes', () => {
  it('names the highest and the lowest region', () => {
    expect(extremes(measureByRegion(index, 'ocop-recognised', 2025), compare)).toEqual({
      max: { value: 3, names: ['Huyện An'] },
      min: { value: 0, names: ['Huyện Cát'] },
    });
  });

  it('names every region of a tie, sorted, and ignores regions with no data', () => {
    expect(extremes(measureByRegion(index, 'craft-recognised', 2025), compare)?.max).toEqual({
      value: 1,
      names: ['Huyện An', 'Huyện Bình'],
    });
    expect(extremes(measureByRegion(index, 'ntm-advanced-share', 2025), compare)?.min).toEqual({ value: 0, names: ['Huyện Bình'] });
    expect(extremes(values(null), compare)).toBeUndefined();
  });
});
