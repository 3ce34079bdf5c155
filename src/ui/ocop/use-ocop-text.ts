// The OCOP section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { formatters, type Locale } from '../../i18n/format';
import { CATALOGUE } from '../../i18n/messages';
import { OCOP_MESSAGES } from '../../i18n/messages-ocop';
import { useLocale } from '../../state/view-store';

export interface AxisFormatters {
  readonly count: (v: number) => string;
  readonly countOneDecimal: (v: number) => string;
  readonly percent: (v: number) => string;
  /** For tooltips, which pass any value. */
  readonly tipCount: (v: unknown) => string;
  readonly tipCountOneDecimal: (v: unknown) => string;
  readonly tipPercent: (v: unknown) => string;
}

const axisCache = new Map<Locale, AxisFormatters>();

/**
 * Formatters for axes and tooltips, one object per language for the life of the app: Recharts recomputes a whole
 * chart when a formatter prop is a new function, so they must not be created per render.
 */
function axisFormatters(locale: Locale): AxisFormatters {
  let hit = axisCache.get(locale);
  if (!hit) {
    const f = formatters(locale);
    const count = (v: number) => f.number(v, 0);
    const percent = (v: number) => f.percent(v, 0);
    hit = {
      count,
      countOneDecimal: (v) => f.number(v, 1),
      percent,
      tipCount: (v) => (typeof v === 'number' ? count(v) : '—'),
      tipCountOneDecimal: (v) => (typeof v === 'number' ? f.number(v, 1) : '—'),
      tipPercent: (v) => (typeof v === 'number' ? f.percent(v) : '—'),
    };
    axisCache.set(locale, hit);
  }
  return hit;
}

export function useOcopText(index: DocumentIndex) {
  const locale = useLocale();
  const level = index.doc.meta.geography.regionLevel;
  const regionLevel = (locale === 'en' && level.en) || level.vi;
  return {
    locale,
    m: OCOP_MESSAGES[locale],
    /** The main catalogue, for product groups, subject types and statuses. */
    c: CATALOGUE[locale],
    f: formatters(locale),
    axis: axisFormatters(locale),
    regionLevel,
    regionLevelLower: regionLevel.toLocaleLowerCase(locale),
  };
}

/** The scope as it reads inside a sentence: "toàn tỉnh" for the whole province, else the regions' names. */
export function scopeInSentence(regionIds: readonly string[], scopeLabel: string, wholeProvince: string): string {
  return regionIds.length === 0 ? wholeProvince : scopeLabel;
}
