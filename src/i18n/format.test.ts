import { describe, expect, it } from 'vitest';
import { formatters } from './format';

describe("clock: when figures were loaded, in the reader's time zone", () => {
  const at = new Date(2026, 11, 5, 14, 5).getTime();
  it('is the time alone on the same day', () => {
    expect(formatters('vi').clock(at, new Date(2026, 11, 5, 17, 0).getTime())).toBe('14:05');
    expect(formatters('en').clock(at, new Date(2026, 11, 5, 23, 59).getTime())).toBe('14:05');
  });
  it('adds the date on another day', () => {
    const later = new Date(2026, 11, 7, 9, 0).getTime();
    expect(formatters('vi').clock(at, later)).toBe('14:05 05/12/2026');
    expect(formatters('en').clock(at, later)).toBe('14:05 5 Dec 2026');
  });
});
