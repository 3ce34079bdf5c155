// What every download says about itself (scope, as-of date, source, filters, sample flag) and how its file is named.
import { formatters } from '../../i18n/format';
import type { ExportInfo } from './export-context';
import { PRINT_MESSAGES } from '../../i18n/messages-print';
import { fileNamePart, type AboutRows } from '../download-csv';
import { metaText } from '../../i18n/meta-text';

export { ExportInfoContext, type ExportInfo } from './export-context';

export function aboutRows(info: ExportInfo): AboutRows {
  const m = PRINT_MESSAGES[info.locale].export;
  const f = formatters(info.locale);
  return [
    [m.scope, info.scopeLabel],
    [m.asOf, f.date(info.meta.asOf)],
    [m.source, metaText(info.meta, info.locale).publisher.text],
    [m.filters, PRINT_MESSAGES[info.locale].filtersValue({ scope: info.scopeLabel, year: info.year })],
    [m.sample, info.meta.sample ? m.yes : m.no],
  ];
}

/** "ocop-2025-products-by-stars_huyen-tien-hai_2025-06-30": what, for where, as of when. */
export function exportFileName(base: string, info: ExportInfo | null): string {
  if (!info) return base;
  // "toan-tinh", or "huyen-tien-hai+huyen-vu-thu".
  const regions = info.regionNames.length === 0 ? fileNamePart(info.scopeLabel) : info.regionNames.map(fileNamePart).join('+').slice(0, 80);
  return `${base}_${regions}_${info.meta.asOf.slice(0, 10)}`;
}
