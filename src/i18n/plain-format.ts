// Numbers and calendar dates written out by hand, exactly as Intl writes them in vi-VN and en-GB (the property
// tests compare the two): the first Intl.NumberFormat or DateTimeFormat a page makes loads locale data in one
// task of 150–250 ms on a slow phone (4× CPU), right when the first figures are due.
import type { Locale } from './format';

const SEPARATORS: Record<Locale, { readonly group: string; readonly decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Adds one to a string of decimal digits ("0999" → "1000"). */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === '9') i--;
  if (i < 0) return `1${'0'.repeat(digits.length)}`;
  return digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
}

/**
 * `n` rounded to at most `digits` decimals with the locale's separators: 1.234,5 (vi) · 1,234.5 (en). Like ICU
 * behind Intl, it rounds the shortest decimal that reads back as `n` (what String(n) writes), halves away from
 * zero, and drops trailing zeros. undefined for what it does not write (not finite, ≥ 1e21).
 */
export function plainNumber(n: number, digits: number, locale: Locale): string | undefined {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21 || !Number.isInteger(digits) || digits < 0 || digits > 20) return undefined;
  const shortest = String(Math.abs(n));
  let whole: string;
  let fraction: string;
  if (shortest.includes('e')) {
    // Only below 1e-6 here: zero at any precision up to 6 decimals, else written out by toFixed.
    if (digits <= 6) [whole, fraction] = ['0', ''];
    else [whole, fraction = ''] = Math.abs(n).toFixed(digits).split('.') as [string, string?];
  } else {
    [whole, fraction = ''] = shortest.split('.') as [string, string?];
    if (fraction.length > digits) {
      const up = fraction.charCodeAt(digits) >= 53; // '5'…'9'
      const kept = whole + fraction.slice(0, digits);
      const rounded = up ? increment(kept) : kept;
      whole = rounded.slice(0, rounded.length - digits) || '0';
      fraction = rounded.slice(rounded.length - digits);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  const { group, decimal } = SEPARATORS[locale];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  // Intl keeps the sign of a negative number that rounds to zero ("-0"), and of -0 itself.
  const sign = n < 0 || Object.is(n, -0) ? '-' : '';
  return `${sign}${grouped}${fraction ? decimal + fraction : ''}`;
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;
const two = (n: number) => String(n).padStart(2, '0');

/** A day as 29/11/2026 (vi) or 29 Nov 2026 (en); undefined outside the years 1000–9999. */
export function plainDay(year: number, month: number, day: number, locale: Locale): string | undefined {
  if (year < 1000 || year > 9999) return undefined;
  return locale === 'vi' ? `${two(day)}/${two(month)}/${year}` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** The UTC day of a moment (for dates in the data, which carry no time zone). */
export function plainUtcDay(atMs: number, locale: Locale): string | undefined {
  const d = new Date(atMs);
  return plainDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), locale);
}

/** The reader's local day and time of a moment: [29/11/2026, 14:05]. */
export function plainLocalDayAndTime(atMs: number, locale: Locale): [string | undefined, string] {
  const d = new Date(atMs);
  return [plainDay(d.getFullYear(), d.getMonth() + 1, d.getDate(), locale), `${two(d.getHours())}:${two(d.getMinutes())}`];
}
