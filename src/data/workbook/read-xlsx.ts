// An .xlsx file's sheets as rows of cells (read-excel-file: a small reader that runs in Node and in the browser).
import readExcelFile from 'read-excel-file/universal';
import type { RawSheet } from './from-rows';

/** Reads every sheet; cell text is kept as typed (not trimmed), dates come back as Date. Throws on a file that is not a workbook. */
export async function readWorkbook(data: ArrayBuffer): Promise<RawSheet[]> {
  const sheets = await readExcelFile(data, { trim: false });
  return sheets.map((s) => ({ name: s.sheet, rows: s.data }));
}
