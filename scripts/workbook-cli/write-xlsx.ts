// Writes workbook rows as an .xlsx file (exceljs, in the Node commands only): headers, a notes row, drop-down lists.
import ExcelJS from 'exceljs';
import { YES, NO } from '../../src/data/workbook/cells';
import type { Column } from '../../src/data/workbook/columns';
import { FIRST_DATA_ROW, type SheetRows } from '../../src/data/workbook/to-rows';

/** Drop-downs reach this many rows below the example rows, so new rows get them too. */
const SPARE_ROWS = 300;
const TEXT_KINDS: readonly Column['kind'][] = ['text', 'date', 'datetime', 'url', 'list', 'enum'];

function dropDown(column: Column): ExcelJS.DataValidation | undefined {
  const options = column.kind === 'boolean' ? [YES, NO] : column.kind === 'enum' ? column.options : undefined;
  if (!options) return undefined;
  return {
    type: 'list',
    allowBlank: !column.required,
    formulae: [`"${options.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: column.header,
    error: `Chọn một: ${options.join(', ')}`,
  };
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F0E0' } };
}

function addSheet(wb: ExcelJS.Workbook, s: SheetRows) {
  const isMeta = !s.notes;
  const ws = wb.addWorksheet(s.spec.name, { views: [{ state: 'frozen', ySplit: isMeta ? 1 : 2 }] });
  styleHeader(ws.addRow([...s.header]));
  if (s.notes) {
    const notes = ws.addRow([...s.notes]);
    notes.font = { italic: true, color: { argb: 'FF555555' } };
    notes.alignment = { wrapText: true, vertical: 'top' };
  }
  for (const r of s.rows) ws.addRow([...r]);
  if (isMeta) {
    // One field a row: the value cell of an enumerated field gets its drop-down.
    s.spec.columns.forEach((c, i) => {
      const v = dropDown(c);
      if (v) ws.getCell(i + 2, 3).dataValidation = v;
    });
    ws.columns.forEach((col, i) => (col.width = [34, 28, 60, 60][i] ?? 20));
    ws.getColumn(3).numFmt = '@';
    return;
  }
  const last = FIRST_DATA_ROW + s.rows.length + SPARE_ROWS;
  s.spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = Math.min(40, Math.max(12, c.header.length + 2));
    if (TEXT_KINDS.includes(c.kind) || c.key[0] === '@parent') col.numFmt = '@';
    const v = dropDown(c);
    if (v) for (let r = FIRST_DATA_ROW; r <= last; r++) ws.getCell(r, i + 1).dataValidation = v;
  });
}

export async function writeWorkbook(sheets: readonly SheetRows[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-ocop-dashboard';
  for (const s of sheets) addSheet(wb, s);
  await wb.xlsx.writeFile(file);
}
