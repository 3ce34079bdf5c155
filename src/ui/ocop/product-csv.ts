// The filtered product list as a CSV file (UTF-8 with BOM, via ../csv), with raw values a spreadsheet can sort.
import type { ProductRow } from '../../domain/product-table';
import type { Messages } from '../../i18n/messages';
import type { OcopMessages } from '../../i18n/messages-ocop';
import { toCsv } from '../csv';

export function productCsv(rows: readonly ProductRow[], m: OcopMessages, c: Messages, regionLevel: string): string {
  const t = m.table;
  const header = [
    t.csv.id,
    t.column.name,
    t.column.stars,
    t.csv.recognisedStars,
    t.column.group,
    t.column.subject,
    t.csv.subjectType,
    t.column.commune,
    t.csv.communeCode,
    regionLevel,
    t.column.ratingYear,
    t.column.status,
    t.column.expiry,
    t.csv.expiringFlag,
  ];
  const body = rows.map((r) => [
    r.id,
    r.name,
    r.stars,
    r.recognisedStars,
    c.productGroup[r.group],
    r.subjectName,
    r.subjectType ? c.subjectType[r.subjectType] : '',
    r.communeName,
    r.communeCode,
    r.regionName,
    r.ratingYear,
    c.productStatus[r.status],
    r.expiryDate ?? '',
    r.expiring ? t.csv.yes : t.csv.no,
  ]);
  return toCsv(header, body);
}

export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
