// Numbers, percents, dates and name sorting in vi-VN (1.234,5 · 29/11/2026) or English: numbers and days written by
// hand as Intl writes them (plain-format.ts), the rest through Intl.
import type { Steps } from '../domain/steps';
import { plainLocalDayAndTime, plainNumber, plainUtcDay } from './plain-format';
export type Locale = 'vi' | 'en';

export interface Formatters {
  readonly locale: Locale;
  number(n: number, maxFractionDigits?: number): string;
  /** `value` is already in percent (0–100). */
  percent(value: number, maxFractionDigits?: number): string;
  /** An ISO date (YYYY-MM-DD or a date-time) as dd/mm/yyyy (vi) or 29 Nov 2026 (en). */
  date(iso: string): string;
  /** How long ago, in words ("3 ngày trước"). */
  age(fromMs: number, nowMs: number): string;
  /** A moment in the reader's time zone: "14:05" today, "14:05 04/12/2026" on another day. */
  clock(atMs: number, nowMs: number): string;
  compare(a: string, b: string): number;
  list(items: readonly string[]): string;
}

const cache = new Map<Locale, Formatters>();

/** A value made on first use, then kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export function formatters(locale: Locale): Formatters {
  const hit = cache.get(locale);
  if (hit) return hit;
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const num = (digits: number) => {
    let f = numberFormats.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(tag, { maximumFractionDigits: digits });
      numberFormats.set(digits, f);
    }
    return f;
  };
  // Each Intl object is made on first use: making them all at once took the first paint ~0.4 s at 4× CPU.
  const dateFormat = once(
    () =>
      new Intl.DateTimeFormat(
        tag,
        locale === 'vi'
          ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
          : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
      ),
  );
  const relative = once(() => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const localDay = once(
    () => new Intl.DateTimeFormat(tag, locale === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' }),
  );
  const collator = once(() => new Intl.Collator(locale === 'vi' ? 'vi' : 'en', { sensitivity: 'base', numeric: true }));
  const listFormat = once(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const f: Formatters = {
    locale,
    number: (n, d = 1) => plainNumber(n, d, locale) ?? num(d).format(n),
    percent: (v, d = 1) => `${plainNumber(v, d, locale) ?? num(d).format(v)}%`,
    date: (iso) => {
      const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
      return Number.isNaN(t) ? iso : (plainUtcDay(t, locale) ?? dateFormat().format(new Date(t)));
    },
    age: (from, now) => {
      const minutes = Math.round((now - from) / 60_000);
      if (Math.abs(minutes) < 60) return relative().format(-minutes, 'minute');
      const hours = Math.round(minutes / 60);
      if (Math.abs(hours) < 48) return relative().format(-hours, 'hour');
      return relative().format(-Math.round(hours / 24), 'day');
    },
    clock: (at, now) => {
      const [day = localDay().format(at), time] = plainLocalDayAndTime(at, locale);
      const [today = localDay().format(now)] = plainLocalDayAndTime(now, locale);
      return day === today ? time : `${time} ${day}`;
    },
    compare: (a, b) => collator().compare(a, b),
    list: (items) => listFormat().format(items),
  };
  cache.set(locale, f);
  return f;
}

/**
 * Makes the Intl objects a first screen uses ahead of it, one a step: the first of each kind costs up to ~60 ms
 * at 4× CPU, which otherwise all fell in the task that draws the first figures.
 */
export function* warmFormatters(locale: Locale): Steps<void> {
  const f = formatters(locale);
  f.age(0, 0);
  yield;
  f.clock(0, 0);
  yield;
  f.compare('a', 'b');
  yield;
  f.list(['a', 'b']);
  yield;
  f.date('2026-01-01T00:00:00Z');
}
