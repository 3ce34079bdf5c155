import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDay, plainLocalDayAndTime, plainNumber, plainUtcDay } from './plain-format';

const TAG = { vi: 'vi-VN', en: 'en-GB' } as const;
const locales = fc.constantFrom('vi' as const, 'en' as const);

describe('plainNumber writes what Intl.NumberFormat writes', () => {
  it('hand-checked: 1.234,5 · 1,234.5 · halves away from zero · -0', () => {
    expect(plainNumber(1234.5, 1, 'vi')).toBe('1.234,5');
    expect(plainNumber(1234.5, 1, 'en')).toBe('1,234.5');
    expect(plainNumber(1234567.25, 1, 'vi')).toBe('1.234.567,3');
    expect(plainNumber(-2.5, 0, 'vi')).toBe('-3');
    expect(plainNumber(2, 1, 'vi')).toBe('2');
    expect(plainNumber(0.04, 1, 'en')).toBe('0');
    expect(plainNumber(-0.04, 1, 'en')).toBe('-0');
    expect(plainNumber(999.96, 1, 'vi')).toBe('1.000');
    expect(plainNumber(Number.NaN, 1, 'vi')).toBeUndefined();
    expect(plainNumber(1e21, 1, 'vi')).toBeUndefined();
  });

  it('for any number and 0–3 decimals, in both languages', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e20, max: 1e20, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }),
          fc.constantFrom(0.05, 1.005, 2.675, -0, 0.5, 1.5, 9.995, 0.0000001, -0.00000049, 526608788673026.1),
        ),
        fc.integer({ min: 0, max: 3 }),
        locales,
        (n, digits, locale) => {
          expect(plainNumber(n, digits, locale)).toBe(new Intl.NumberFormat(TAG[locale], { maximumFractionDigits: digits }).format(n));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('plainDay writes what Intl.DateTimeFormat writes', () => {
  it('hand-checked: 29/11/2026 · 29 Nov 2026 · 5 Sept 2026 · 05/01/2026', () => {
    expect(plainDay(2026, 11, 29, 'vi')).toBe('29/11/2026');
    expect(plainDay(2026, 11, 29, 'en')).toBe('29 Nov 2026');
    expect(plainDay(2026, 9, 5, 'en')).toBe('5 Sept 2026');
    expect(plainDay(2026, 1, 5, 'vi')).toBe('05/01/2026');
  });

  it('for any day of 1970–2200, UTC (dates in the data) and local (the moment of a load)', () => {
    const vi = new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    const local = {
      vi: new Intl.DateTimeFormat('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' }),
      en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }),
    };
    const time = new Intl.DateTimeFormat('vi-VN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2200, 11, 31) }), locales, (at, locale) => {
        expect(plainUtcDay(at, locale)).toBe((locale === 'vi' ? vi : en).format(at));
        const [day, clock] = plainLocalDayAndTime(at, locale);
        expect(day).toBe(local[locale].format(at));
        expect(clock).toBe(time.format(at));
      }),
      { numRuns: 3000 },
    );
  });
});
