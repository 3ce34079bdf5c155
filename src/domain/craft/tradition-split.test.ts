import { describe, expect, it } from 'vitest';
import { craftCount, splitByTradition } from './tradition-split';

describe('splitByTradition and craftCount (hand-checked)', () => {
  const rows = [
    { craft: 'Dệt', recognised: 5, traditional: 3, crafts: 1 },
    { craft: 'Mây tre', recognised: 2, traditional: 2, crafts: 1 },
    { craft: null, recognised: 4, traditional: 1, crafts: 3 },
  ];

  it('stacks the traditional villages under the others: 5 = 3 + 2, 2 = 2 + 0, 4 = 1 + 3', () => {
    expect(splitByTradition(rows).map((r) => [r.traditional, r.nonTraditional])).toEqual([
      [3, 2],
      [2, 0],
      [1, 3],
    ]);
  });

  it('counts 1 + 1 + 3 = 5 crafts, the "other" row by its crafts', () => {
    expect(craftCount(rows)).toBe(5);
    expect(craftCount([])).toBe(0);
  });
});
