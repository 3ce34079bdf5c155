// The view as URL parameters: ?district=342,343&year=2024&lang=en&slide=2&measure=…&merge=1, and the product and
// commune tables' search and filters (source= is kept as it is).
import { MAP_MEASURES, type MapMeasure } from '../domain/map-measures';
import type { Locale } from '../i18n/format';

/** The tables' search texts and filters: ?product=vu+le&stars=3&group=food&expiring=1&commune=…&level=advanced. */
export const TABLE_KEYS = ['product', 'stars', 'group', 'expiring', 'commune', 'level'] as const;
/** Undefined = the table's default (no search, every star, group and level); the tables check the values. */
export type TableParams = { readonly [K in (typeof TABLE_KEYS)[number]]: string | undefined };

export interface ViewState extends TableParams {
  readonly regionIds: readonly string[];
  /** null = the document's as-of year. */
  readonly year: number | null;
  readonly locale: Locale;
  /** The slide shown in presentation mode (1-based); null = not presenting. */
  readonly slide: number | null;
  /** What the map (and its slide) is coloured by. */
  readonly measure: MapMeasure;
  /** With several districts selected: true adds them together in the over-the-years charts (one series). */
  readonly merge: boolean;
}

const tableParams = (get: (key: string) => string | null) =>
  Object.fromEntries(TABLE_KEYS.map((k) => [k, get(k) || undefined])) as TableParams;

export const DEFAULT_VIEW: ViewState = {
  regionIds: [],
  year: null,
  locale: 'vi',
  slide: null,
  measure: MAP_MEASURES[0],
  merge: false,
  ...tableParams(() => null),
};

export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const regionIds = (q.get('district') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s, i, all) => s !== '' && all.indexOf(s) === i);
  const yearText = q.get('year');
  const year = yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const locale: Locale = q.get('lang') === 'en' ? 'en' : 'vi';
  const slideText = q.get('slide');
  // An unattended display (?autoplay=20 or ?playlist=districts) starts presenting at once.
  const unattended = q.has('autoplay') || q.has('playlist');
  const slide = slideText && /^\d{1,3}$/.test(slideText) && Number(slideText) >= 1 ? Number(slideText) : unattended ? 1 : null;
  const measure = MAP_MEASURES.find((id) => id === q.get('measure')) ?? MAP_MEASURES[0];
  return { regionIds, year, locale, slide, measure, merge: q.get('merge') === '1', ...tableParams((k) => q.get(k)) };
}

/** Writes the view into `search`, leaving every other parameter (source=…) alone. */
export function serializeView(view: Omit<ViewState, keyof TableParams> & Partial<TableParams>, search: string): string {
  const q = new URLSearchParams(search);
  const set = (key: string, value: string | null) => (value === null ? q.delete(key) : q.set(key, value));
  set('district', view.regionIds.length > 0 ? view.regionIds.join(',') : null);
  set('year', view.year === null ? null : String(view.year));
  set('lang', view.locale === 'vi' ? null : view.locale);
  set('slide', view.slide === null ? null : String(view.slide));
  set('measure', view.measure === MAP_MEASURES[0] ? null : view.measure);
  set('merge', view.merge ? '1' : null);
  for (const k of TABLE_KEYS) set(k, view[k] || null);
  const text = q.toString().replace(/%2C/gi, ',');
  return text ? `?${text}` : '';
}
