import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { regionsBeyond } from '../capped-rows';
import { indexDocument } from '../document-index';
import { capRegionRows, levelsByRegion, summariseRegionLevels } from './by-region';

// The small document's NTM records (mocks/fixtures/small-document.ts):
//   a1 Xã Vũ Lễ (A):   advanced since 2024, history 2020 ntm            → ntm 2020, advanced 2024
//   a2 Xã Đông Xá (A): model since 2025, history 2020 ntm, 2023 advanced → ntm 2020, advanced 2023, model 2025
//   b1 Xã An Ninh (B): ntm since 2020, no history                        → ntm 2020
//   region C has no communes.
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;

describe('levelsByRegion (hand-checked on the small document)', () => {
  it.each([
    // year, rows as "region none/ntm/advanced/model total adv+"
    // 2025: A has a1 advanced and a2 model; B has b1 ntm; C has nothing (zeros, still listed); B before C by name.
    [2025, ['A 0/0/1/1 2 2', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2024: a2 was still advanced (model from 2025).
    [2024, ['A 0/0/2/0 2 2', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2023: a1 ntm (advanced from 2024), a2 advanced.
    [2023, ['A 0/1/1/0 2 1', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2019: nobody recognised yet; all ties, so by name (An, Bình, Cát).
    [2019, ['A 2/0/0/0 2 0', 'B 1/0/0/0 1 0', 'C 0/0/0/0 0 0']],
  ] as const)('end of %i', (year, expected) => {
    const rows = levelsByRegion(index, year, compare);
    expect(rows.map((r) => `${r.regionId} ${r.none}/${r.ntm}/${r.advanced}/${r.model} ${r.total} ${r.advancedOrHigher}`)).toEqual(expected);
  });

  it('sorts by advanced-or-higher descending before the name', () => {
    // Rename so that A (2 advanced or higher) comes last by name: it still comes first; B and C (0) follow by name.
    const doc = buildSmallDocument({
      regions: [
        { id: 'A', name: 'Huyện Zeta' },
        { id: 'B', name: 'Huyện Alpha' },
        { id: 'C', name: 'Huyện Beta' },
      ],
    });
    const rows = levelsByRegion(indexDocument(doc), 2025, compare);
    expect(rows.map((r) => r.name)).toEqual(['Huyện Zeta', 'Huyện Alpha', 'Huyện Beta']);
  });
});

describe('summariseRegionLevels', () => {
  it.each([
    // year, top region, regions without advanced, regions, communes, advanced or higher
    [2025, 'A', 2, 3, 3, 2], // A has a1 + a2; B (b1 ntm) and C (no communes) have none
    [2023, 'A', 2, 3, 3, 1],
    [2019, undefined, 3, 3, 3, 0], // nobody advanced yet: no leader
  ] as const)('end of %i', (year, top, without, regions, communes, advanced) => {
    const s = summariseRegionLevels(levelsByRegion(index, year, compare));
    expect([s.top?.regionId, s.withoutAdvanced, s.regions, s.communes, s.advancedOrHigher]).toEqual([
      top,
      without,
      regions,
      communes,
      advanced,
    ]);
  });

  it('gives each region its advanced-or-higher share, and no share without records', () => {
    const rows = levelsByRegion(index, 2024, compare);
    expect(rows.map((r) => r.advancedOrHigherShare)).toEqual([100, 0, null]); // A 2/2, B 0/1, C none
  });
});

describe('capRegionRows', () => {
  const rows = levelsByRegion(index, 2025, compare);
  it.each([
    // limit, selected, shown ids, others "regions: ntm total"
    [2, [], ['A', 'B', 'C'], undefined], // 3 rows ≤ limit + 1: nothing summed
    [1, [], ['A'], '2: ntm 1, total 1'], // B + C summed
    [1, ['C'], ['A', 'C'], '1: ntm 1, total 1'], // the selected C stays visible, B summed
    [1, ['B', 'C'], ['A', 'B'], '1: ntm 0, total 0'], // at most `limit` extra selected rows
  ] as const)('limit %i, selected %j', (limit, selected, shown, others) => {
    const capped = capRegionRows(rows, selected, limit);
    expect(capped.shown.map((r) => r.regionId)).toEqual(shown);
    expect(capped.others && `${capped.others.regions}: ntm ${capped.others.ntm}, total ${capped.others.total}`).toBe(others);
  });
});

describe('regionsBeyond', () => {
  const rows = levelsByRegion(index, 2025, compare); // A, B, C
  it.each([
    // limit, selected, beyond the first `limit` rows
    [1, [], []],
    [1, ['A'], []], // A is drawn anyway
    [1, ['C', 'A', 'B'], ['B', 'C']], // in row order
    [2, ['C'], []], // 3 rows ≤ limit + 1: all drawn
  ] as const)('limit %i, selected %j', (limit, selected, expected) => {
    expect(regionsBeyond(rows, selected, limit)).toEqual(expected);
    // capRegionRows draws the same bars from the regions beyond as from the whole selection.
    expect(capRegionRows(rows, regionsBeyond(rows, selected, limit), limit)).toEqual(capRegionRows(rows, selected, limit));
  });
});
