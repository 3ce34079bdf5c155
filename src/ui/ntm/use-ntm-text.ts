// The NTM section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { formatters } from '../../i18n/format';
import { NTM_MESSAGES } from '../../i18n/messages-ntm';
import { useLocale } from '../../state/view-store';

export function useNtmText(index: DocumentIndex) {
  const locale = useLocale();
  const level = index.doc.meta.geography.regionLevel;
  const regionLevel = (locale === 'en' && level.en) || level.vi;
  return { locale, m: NTM_MESSAGES[locale], f: formatters(locale), regionLevel, regionLevelLower: regionLevel.toLocaleLowerCase(locale) };
}
