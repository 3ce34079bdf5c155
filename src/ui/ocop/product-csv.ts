// The filtered product list as a CSV file (UTF-8 with BOM, via ../csv), with raw values a spreadsheet can sort.
import type { ProductRow } from '../../domain/product-table';
import type { Messages } from '../../i18n/messages';
import type { OcopMessages } from '../../i18n/messages-ocop';
import { CSV_STYLE, toCsv, type CsvStyle } from '../csv';

export function productCsv(
  rows: readonly ProductRow[],
  m: OcopMessages,
  c: Messages,
  regionLevel: string,
  style: CsvStyle = CSV_STYLE.en,
): string {
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
  return toCsv(header, body, style);
}
