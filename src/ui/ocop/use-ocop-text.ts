// The OCOP section's messages, formatters and the document's name for a region level, for the current language.
import type { DocumentIndex } from '../../domain/document-index';
import { CATALOGUE } from '../../i18n/messages';
import { OCOP_MESSAGES } from '../../i18n/messages-ocop';
import { useAreaText } from '../charts/area-text';

export function useOcopText(index: DocumentIndex) {
  const text = useAreaText(index, OCOP_MESSAGES);
  /** The main catalogue, for product groups, subject types and statuses. */
  return { ...text, c: CATALOGUE[text.locale] };
}

/** The scope as it reads inside a sentence: "toàn tỉnh" for the whole province, else the regions' names. */
export function scopeInSentence(regionIds: readonly string[], scopeLabel: string, wholeProvince: string): string {
  return regionIds.length === 0 ? wholeProvince : scopeLabel;
}
