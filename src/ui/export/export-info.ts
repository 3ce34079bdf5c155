// What every download says about itself (scope, as-of date, source, filters, sample flag) and how its file is named.
import { createContext } from 'react';
import type { Meta } from '../../contract/meta';
import { formatters, type Locale } from '../../i18n/format';
import { PRINT_MESSAGES } from '../../i18n/messages-print';
import { fileNamePart, type AboutRows } from '../download-csv';
import { metaText } from '../../i18n/meta-text';

export interface ExportInfo {
  readonly locale: Locale;
  /** "Toàn tỉnh" or the selected regions' names. */
  readonly scopeLabel: string;
  /** The file-name part for the regions: "toan-tinh", "huyen-tien-hai+huyen-vu-thu". */
  readonly regionsPart: string;
  readonly year: number;
  readonly meta: Meta;
}

/** Given by the dashboard to every chart and table below it. */
export const ExportInfoContext = createContext<ExportInfo | null>(null);

export function exportInfo(meta: Meta, locale: Locale, scopeLabel: string, regionNames: readonly string[], year: number): ExportInfo {
  const regionsPart = regionNames.length === 0 ? fileNamePart(scopeLabel) : regionNames.map(fileNamePart).join('+').slice(0, 80);
  return { locale, scopeLabel, regionsPart, year, meta };
}

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
  return info ? `${base}_${info.regionsPart}_${info.meta.asOf.slice(0, 10)}` : base;
}
