import { describe, expect, it } from 'vitest';
import { ownValue, stackTotal, zeroSliver } from './marks';
import { wrapWords } from './ticks';

describe('wrapWords', () => {
  it.each([
    ['Huyện An', 22, ['Huyện An']],
    ['Trung bình 684 huyện khác', 22, ['Trung bình 684 huyện', 'khác']],
    ['  spaces   collapse  ', 22, ['spaces collapse']],
    ['Averyveryverylongword x', 10, ['Averyveryverylongword', 'x']],
    ['', 22, []],
  ])('%j at %i characters', (label, max, expected) => {
    expect(wrapWords(label, max)).toEqual(expected);
  });
});

describe('bar labels', () => {
  const keys = ['three', 'four', 'five'];
  it.each([
    // row, the segment that writes the total
    [{ three: 2, four: 1, five: 0, total: 3 }, 'four'],
    [{ three: 0, four: 1, five: 1, total: 2 }, 'five'],
    // Nothing at all: the first segment writes the 0.
    [{ three: 0, four: 0, five: 0, total: 0 }, 'three'],
  ])('writes the total of %j once, on %s', (row, on) => {
    expect(keys.map((k) => stackTotal(keys, k, 'total', String)(row))).toEqual(keys.map((k) => (k === on ? String(row.total) : '')));
  });

  it('writes a value, and nothing for a missing one', () => {
    expect(ownValue('share', (v) => `${v}%`)({ share: 75 })).toBe('75%');
    expect(ownValue('share', (v) => `${v}%`)({ share: null })).toBe('');
    expect([zeroSliver(0), zeroSliver(null), zeroSliver(5)]).toEqual([2, 0, 0]);
  });
});
