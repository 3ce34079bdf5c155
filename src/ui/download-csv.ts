// The one download path: a table as CSV (UTF-8 with a BOM, in the reader's spreadsheet style), and any other file
// (a chart's PNG, its Excel workbook) as a blob; names carry the area, the districts and the as-of date.
import { stripMarks } from '../domain/strip-marks';
import { CSV_STYLE, toCsv } from './csv';

type Cell = string | number;

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Where a table comes from, written under it: district(s), as-of date, source, filters, sample flag. */
export type AboutRows = readonly (readonly [string, string])[];

export function downloadCsv(
  fileName: string,
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { locale?: 'vi' | 'en'; about?: AboutRows } = {},
): void {
  const about = options.about ?? [];
  const all = about.length > 0 ? [...rows, [], ...about] : rows;
  const text = toCsv(header, all, CSV_STYLE[options.locale ?? 'en']);
  downloadBlob(`${fileName}.csv`, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

/** A file-name part from names: "Huyện Tiền Hải" → "huyen-tien-hai" (no diacritics, spaces or symbols). */
export function fileNamePart(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
