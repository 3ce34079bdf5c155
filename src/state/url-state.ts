// The view as URL parameters: ?district=342,343&year=2024&lang=en (source= is kept as it is).
import type { Locale } from '../i18n/format';

export interface ViewState {
  readonly regionIds: readonly string[];
  /** null = the document's as-of year. */
  readonly year: number | null;
  readonly locale: Locale;
}

export const DEFAULT_VIEW: ViewState = { regionIds: [], year: null, locale: 'vi' };

export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const regionIds = (q.get('district') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i);
  const yearText = q.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const locale: Locale = q.get('lang') === 'en' ? 'en' : 'vi';
  return { regionIds, year, locale };
}

/** Writes the view into `search`, leaving every other parameter (source=…) alone. */
export function serializeView(view: ViewState, search: string): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string | null) => (value === null ? q.delete(key) : q.set(key, value));
  set('district', view.regionIds.length > 0 ? view.regionIds.join(',') : null);
  set('year', view.year === null ? null : String(view.year));
  set('lang', view.locale === 'vi' ? null : view.locale);
  const text = q.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
