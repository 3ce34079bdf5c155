// The craft section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { formatters } from '../../i18n/format';
import { CRAFT_MESSAGES } from '../../i18n/messages-craft';
import { useLocale } from '../../state/view-store';

export function useCraftText(index: DocumentIndex) {
  const locale = useLocale();
  const level = index.doc.meta.geography.regionLevel;
  const regionLevel = (locale === 'en' && level.en) || level.vi;
  return { locale, m: CRAFT_MESSAGES[locale], f: formatters(locale), regionLevel, regionLevelLower: regionLevel.toLocaleLowerCase(locale) };
}
