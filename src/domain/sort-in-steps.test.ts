import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortInSteps } from './sort-in-steps';
import { finish } from './steps';

describe('sortInSteps', () => {
  it('sorts as the built-in stable sort does, for any list and any step size (1,000 runs)', () => {
    // Items carry their first place, so a tie shows whether the sort kept their order.
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), fc.integer({ min: 1, max: 64 }), (keys, every) => {
        const items = keys.map((key, place) => ({ key, place }));
        expect(finish(sortInSteps(items, byKey, every))).toEqual(items.slice().sort(byKey));
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the list it was given as it was', () => {
    const items = [3, 1, 2];
    finish(sortInSteps(items, (a, b) => a - b));
    expect(items).toEqual([3, 1, 2]);
  });

  it('pauses once `every` comparisons are done: 20,000 names in over 100 pieces, none of more than 2,000 + one short run', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Xã ${(i * 7919) % 20_000}`);
    let compared = 0;
    let most = 0;
    let sinceLast = 0;
    const compare = (a: string, b: string) => {
      compared++;
      sinceLast++;
      return a < b ? -1 : a > b ? 1 : 0;
    };
    const steps = sortInSteps(names, compare, 2000);
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) {
      pauses++;
      most = Math.max(most, sinceLast);
      sinceLast = 0;
    }
    // About 20,000 × log2(20,000) ≈ 286,000 comparisons in all.
    expect(compared).toBeGreaterThan(200_000);
    expect(pauses).toBeGreaterThan(100);
    // A piece stops at the first check past 2,000: a short run of 32 names takes at most 32 × 31 / 2 = 496.
    expect(most).toBeLessThanOrEqual(2000 + 496);
  });
});
