// The view's scope as a label: "Toàn tỉnh", or the selected districts' names as a list.
import type { DocumentIndex } from '../domain/document-index';
import { regionNamesOf } from '../domain/region-names';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';

export function scopeLabel(index: DocumentIndex, regionIds: readonly string[], locale: Locale): string {
  if (regionIds.length === 0) return CATALOGUE[locale].wholeProvince;
  const names = regionNamesOf(index);
  return formatters(locale).list(regionIds.map((id) => names.get(id) ?? id));
}
