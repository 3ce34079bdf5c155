import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { Target } from '../../contract/targets';
import { indexDocument } from '../document-index';
import { craftGoal, craftTotals } from './totals';

const index = indexDocument(buildSmallDocument());

// The small document's villages:
// V1 "nước mắm An" in a1 (region A): recognised, traditional, subject S1 (P1 3★ from 2023; P2 3★ from 2022, 4★ from 2025).
// V2 "chiếu cói Bình" in b1 (region B): recognised, not traditional, no subjects.
// V3 "rượu Lễ" in a2 (region A): not recognised (its subject S2 has P4 3★ in 2025, but V3 does not count).
// Region C has no communes, so no villages.

describe('craftTotals (hand-checked)', () => {
  it.each([
    // regions, year, recognised, traditional, with a 3★+ product
    [null, 2025, 2, 1, 1], // V1 + V2 recognised; V1 traditional; V1 has P1 and P2
    [null, 2022, 2, 1, 1], // P2 counts with its previous 3★ in 2022
    [null, 2021, 2, 1, 0], // no product recognised before 2022
    [['A'], 2025, 1, 1, 1], // V3 is not recognised
    [['B'], 2025, 1, 0, 0], // V2 has no subject
    [['C'], 2025, 0, 0, 0], // no communes: zeros, not missing
  ] as const)('%j in %i: %i recognised, %i traditional, %i with a 3★+ product', (regions, year, recognised, traditional, withProduct) => {
    expect(craftTotals(index, regions, year)).toEqual({ recognised, traditional, withProduct });
  });
});

describe('craftGoal', () => {
  const goal = (id: string, deadline: string): Target => ({
    id,
    label: { vi: id },
    area: 'craft-villages',
    metric: 'craft.villages-with-3plus-product',
    comparison: 'between',
    value: 1,
    valueMax: 2,
    unit: 'count',
    deadline,
    source: { name: 'test' },
  });
  const two = indexDocument(buildSmallDocument({ targets: [goal('late', '2025-12-31'), goal('early', '2024-12-31')] }));

  it.each([
    [2023, 'early'], // the earliest deadline not yet past
    [2024, 'early'],
    [2025, 'late'],
    [2026, 'late'], // all past: the latest
  ])('for %i picks the %s target', (year, id) => {
    expect(craftGoal(two, year)?.id).toBe(id);
  });

  it('finds the small document’s 1–2 target and nothing when there is none', () => {
    expect(craftGoal(index, 2025)).toMatchObject({ id: 'villages', value: 1, valueMax: 2 });
    expect(craftGoal(indexDocument(buildSmallDocument({ targets: [] })), 2025)).toBeUndefined();
  });
});
