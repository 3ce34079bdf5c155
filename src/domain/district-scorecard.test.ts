import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import { indexDocument } from './document-index';
import { buildScorecard, perDistrictTargets, sortScorecard } from './district-scorecard';

const index = indexDocument(buildSmallDocument());
const card = buildScorecard(index, 2025);
const col = (id: string) => card.columns.findIndex((c) => c.target.id === id);
const cell = (region: string, id: string) => card.rows.find((r) => r.regionId === region)!.cells[col(id)]!;
const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

describe('buildScorecard (small document, 2025, hand-checked)', () => {
  it('has one row per district and one column per target computable per district', () => {
    expect(card.rows.map((r) => r.name)).toEqual(['Huyện An', 'Huyện Bình', 'Huyện Cát']);
    expect(card.columns.map((c) => c.target.id)).toEqual(['rated', 'five', 'advanced', 'villages']);
  });

  it('gives shares as rates judged on the province goal (more than 80 %)', () => {
    // A rated P2 4★, P3 2★, P4 3★ in 2025 → 2/3; B rated P7 4★ → 1/1; C has no products → no data.
    expect(cell('A', 'rated').value).toBeCloseTo(66.667, 3);
    expect(cell('A', 'rated').mark).toBe('below');
    expect(cell('B', 'rated')).toEqual({ value: 100, mark: 'meets' });
    expect(cell('C', 'rated')).toEqual({ value: null, mark: 'no-data' });
    expect(card.columns[col('rated')]!.province).toBe(75);
  });

  it("gives counts as the district's figure with its share of the province, judged on an even share of the goal", () => {
    // 5★: only P5 in B. Advanced communes: a1 advanced and a2 model in A (goal 4 → 4/3 per district).
    expect(cell('A', 'five')).toEqual({ value: 0, shareOfProvince: 0, mark: 'below' });
    expect(cell('B', 'five')).toEqual({ value: 1, shareOfProvince: 100, mark: 'meets' });
    expect(cell('A', 'advanced')).toEqual({ value: 2, shareOfProvince: 100, mark: 'meets' });
    expect(cell('B', 'advanced')).toEqual({ value: 0, shareOfProvince: 0, mark: 'below' });
    expect(card.columns[col('advanced')]!.evenShare).toBeCloseTo(4 / 3, 6);
    // Villages with a 3★ producer: V1 (A, producer S1) → 1 within 1/3–2/3 … counts as meeting; B none.
    expect(cell('A', 'villages')).toEqual({ value: 1, shareOfProvince: 100, mark: 'meets' });
    expect(cell('B', 'villages').mark).toBe('below');
  });

  it('gives no share of the province when the province has none', () => {
    const y2022 = buildScorecard(index, 2022);
    const i = y2022.columns.findIndex((c) => c.target.id === 'advanced');
    expect(y2022.columns[i]!.province).toBe(0);
    expect(y2022.rows[0]!.cells[i]).toEqual({ value: 0, shareOfProvince: null, mark: 'below' });
  });

  it('leaves out reported targets and targets whose unit does not match the metric', () => {
    const doc = buildSmallDocument({
      targets: [
        ...SMALL_TARGETS,
        { ...SMALL_TARGETS[1]!, id: 'rep', metric: 'reported', reported: { value: 2, asOf: '2025-06-30' } },
        { ...SMALL_TARGETS[1]!, id: 'wrong', unit: 'percent' },
      ],
    });
    expect(perDistrictTargets(indexDocument(doc)).map((t) => t.id)).toEqual(['rated', 'five', 'advanced', 'villages']);
  });
});

describe('sortScorecard', () => {
  it('sorts by a column, districts without a value last in both directions', () => {
    const i = col('rated');
    expect(sortScorecard(card.rows, { key: i, direction: 'descending' }, byName).map((r) => r.regionId)).toEqual(['B', 'A', 'C']);
    expect(sortScorecard(card.rows, { key: i, direction: 'ascending' }, byName).map((r) => r.regionId)).toEqual(['A', 'B', 'C']);
  });
  it('sorts by name and breaks ties by name', () => {
    expect(sortScorecard(card.rows, { key: 'name', direction: 'descending' }, byName).map((r) => r.regionId)).toEqual(['C', 'B', 'A']);
    // five: B 1, A 0, C 0 → ties A before C.
    expect(sortScorecard(card.rows, { key: col('five'), direction: 'descending' }, byName).map((r) => r.regionId)).toEqual(['B', 'A', 'C']);
  });
});
