// An area's messages, formatters (axes too) and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { formatters, type Locale } from '../../i18n/format';
import { useLocale } from '../../state/view-store';
import { axisFormatters } from './axis-format';

export function useAreaText<M>(index: DocumentIndex, messages: Readonly<Record<Locale, M>>) {
  const locale = useLocale();
  const level = index.doc.meta.geography.regionLevel;
  const regionLevel = (locale === 'en' && level.en) || level.vi;
  return {
    locale,
    m: messages[locale],
    f: formatters(locale),
    axis: axisFormatters(locale),
    regionLevel,
    regionLevelLower: regionLevel.toLocaleLowerCase(locale),
  };
}
