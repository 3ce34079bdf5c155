import { describe, expect, it } from 'vitest';
import type { GroupStars } from './mix';
import { summariseGroups } from './group-summary';

const g = (group: GroupStars['group'], three: number, four: number, five: number): GroupStars => ({
  group,
  three,
  four,
  five,
  total: three + four + five,
});

describe('summariseGroups (hand-checked)', () => {
  it('names the largest group, adds every group and counts the empty ones', () => {
    // food 2+1+0 = 3, drinks 0, herbal 4+0+1 = 5, tourism 0: herbal leads, 8 in all, 2 groups empty.
    const groups = [g('food', 2, 1, 0), g('drinks', 0, 0, 0), g('herbal', 4, 0, 1), g('tourism', 0, 0, 0)];
    const s = summariseGroups(groups);
    expect(s.top?.group).toBe('herbal');
    expect([s.total, s.zero]).toEqual([8, 2]);
  });

  it('keeps the first of two equal groups', () => {
    expect(summariseGroups([g('food', 1, 1, 0), g('drinks', 2, 0, 0)]).top?.group).toBe('food');
  });

  it('has no leader when every group is empty', () => {
    expect(summariseGroups([g('food', 0, 0, 0), g('drinks', 0, 0, 0)])).toEqual({ top: undefined, total: 0, zero: 2 });
  });
});
