import { describe, expect, it } from 'vitest';
import { countPauses } from '../../mocks/fixtures/count-pauses';
import { finish, forEachInSteps, type Steps } from './steps';

describe('steps', () => {
  it('finish runs every step and returns the result', () => {
    function* sum(): Steps<number> {
      let n = 0;
      for (let i = 1; i <= 4; i++) {
        n += i;
        yield;
      }
      return n;
    }
    expect(finish(sum())).toBe(10);
  });

  it.each([
    [0, 1000, 0],
    [999, 1000, 0],
    [1000, 1000, 0], // no pause after the last item
    [1001, 1000, 1],
    [2500, 1000, 2],
    [5, 1, 4],
  ])('%i items in steps of %i pause %i times and visit every item once, in order', (n, every, pauses) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const seen: number[] = [];
    const run = countPauses(forEachInSteps(items, every, (item, i) => seen.push(item * 10 + (i === item ? 0 : 1))));
    expect(run.pauses).toBe(pauses);
    expect(seen).toEqual(items.map((i) => i * 10));
  });
});
