// @vitest-environment node
// The own .xlsx reader, on workbooks written by the project's writers: the template's (exceljs: shared strings,
// deflated parts, styles) and the page's export (inline strings, stored parts); and on files that are not workbooks.
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeWorkbook } from '../../scripts/workbook-cli/write-xlsx';
import { buildXlsx, zipStored } from '../../src/ui/export/xlsx';
import { describeReadProblem } from '../../src/i18n/describe-problem';
import { readWorkbook } from '../../src/data/workbook/read-xlsx';
import { WorkbookReadError } from '../../src/data/workbook/zip-parts';
import { SHEETS } from '../../src/data/workbook/sheets';
import { documentToRows } from '../../src/data/workbook/to-rows';

const DIR = mkdtempSync(join(tmpdir(), 'read-xlsx-'));
const sample = JSON.parse(readFileSync(new URL('../../public/data/thai-binh-sample.json', import.meta.url), 'utf8'));

const bufferOf = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function exceljsBytes(fill: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return bufferOf(new Uint8Array(await wb.xlsx.writeBuffer()));
}

/** A row as the reader gives it: empty cells null, none after the last filled one. */
function asRead(row: readonly unknown[]): unknown[] {
  const cells = row.map((c) => (c === undefined || c === '' ? null : c));
  while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
  return cells;
}

async function failure(data: ArrayBuffer): Promise<WorkbookReadError> {
  const e = await readWorkbook(data).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(WorkbookReadError);
  return e as WorkbookReadError;
}

describe('readWorkbook', () => {
  it('reads back the template `npm run template` writes: every sheet, header, notes row and example row', async () => {
    const file = join(DIR, 'template.xlsx');
    const written = documentToRows(sample);
    await writeWorkbook(written, file);
    const sheets = await readWorkbook(bufferOf(readFileSync(file)));
    expect(sheets.map((s) => s.name)).toEqual(SHEETS.map((s) => s.name));
    for (const [i, s] of written.entries()) {
      const expected = [s.header, ...(s.notes ? [s.notes] : []), ...s.rows].map(asRead);
      expect(sheets[i]?.rows, s.spec.name).toEqual(expected);
    }
    // Vietnamese text with diacritics comes back as typed (shared strings, deflated).
    expect(sheets.find((s) => s.name === 'Thông tin chung')?.rows[0]).toEqual(['Trường', 'Mã trường', 'Giá trị', 'Ghi chú']);
  });

  it('reads numbers, booleans, dates, formula text, entities, gaps and untrimmed text', async () => {
    const data = await exceljsBytes((wb) => {
      const ws = wb.addWorksheet('Kiểu ô & <ký tự>');
      ws.getCell('A1').value = 'Tên "xã" <Vũ Lễ> & Hồng\'s';
      ws.getCell('B1').value = 3.25;
      ws.getCell('C1').value = -7;
      ws.getCell('E1').value = true;
      ws.getCell('F1').value = false;
      ws.getCell('A2').value = new Date(Date.UTC(2025, 5, 30));
      ws.getCell('B2').value = new Date(Date.UTC(2024, 0, 15, 8, 30));
      ws.getCell('C2').value = 45000;
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
      ws.getCell('D2').value = 0.5;
      ws.getCell('D2').numFmt = '0.0%';
      ws.getCell('A4').value = { formula: 'A1&"!"', result: 'kết quả' };
      ws.getCell('C4').value = '  có khoảng trắng  ';
      ws.getCell('D4').value = 'dòng một\ndòng hai';
      wb.addWorksheet('Trống');
    });
    const [sheet, empty] = await readWorkbook(data);
    expect(sheet?.name).toBe('Kiểu ô & <ký tự>');
    expect(sheet?.rows).toEqual([
      ['Tên "xã" <Vũ Lễ> & Hồng\'s', 3.25, -7, null, true, false],
      [new Date(Date.UTC(2025, 5, 30)), new Date(Date.UTC(2024, 0, 15, 8, 30)), new Date(Date.UTC(2023, 2, 15)), 0.5],
      [],
      ['kết quả', null, '  có khoảng trắng  ', 'dòng một\ndòng hai'],
    ]);
    expect(empty).toEqual({ name: 'Trống', rows: [] });
  });

  it('counts dates from 1904 when the workbook says so', async () => {
    const data = await exceljsBytes((wb) => {
      wb.properties.date1904 = true;
      wb.addWorksheet('A').getCell('A1').value = new Date(Date.UTC(2025, 5, 30));
    });
    const [sheet] = await readWorkbook(data);
    expect(sheet?.rows).toEqual([[new Date(Date.UTC(2025, 5, 30))]]);
  });

  it("reads the page's own export: inline strings in stored parts, numbers, character references", async () => {
    const data = bufferOf(
      buildXlsx([
        {
          name: 'Sản phẩm theo năm',
          rows: [
            ['Năm', 'Tỷ lệ', 'Ghi chú'],
            [2025, 82.2, '<b>&"x"'],
            [2024, null, 'Đạt 5★ — “tốt”'],
          ],
        },
        { name: 'Nguồn', rows: [['Số liệu đến ngày', '30/06/2025']] },
      ]),
    );
    expect(await readWorkbook(data)).toEqual([
      {
        name: 'Sản phẩm theo năm',
        rows: [
          ['Năm', 'Tỷ lệ', 'Ghi chú'],
          [2025, 82.2, '<b>&"x"'],
          [2024, null, 'Đạt 5★ — “tốt”'],
        ],
      },
      { name: 'Nguồn', rows: [['Số liệu đến ngày', '30/06/2025']] },
    ]);
  });

  it('decodes numeric character references and _xHHHH_ escapes, and skips phonetic runs', async () => {
    const part = (name: string, text: string) => ({ name, data: new TextEncoder().encode(text) });
    const data = bufferOf(
      zipStored([
        part('xl/workbook.xml', '<workbook><sheets><sheet name="A&#x1EA1;" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        part('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>'),
        part(
          'xl/sharedStrings.xml',
          '<sst><si><r><t>Vũ </t></r><r><t xml:space="preserve">Lễ</t></r><rPh><t>ふりがな</t></rPh></si><si/></sst>',
        ),
        part(
          'xl/worksheets/s.xml',
          '<x:worksheet><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c r="C2" t="inlineStr"><x:is><x:t>a&#233;_x000D_b</x:t></x:is></x:c><x:c r="D2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
        ),
      ]),
    );
    expect(await readWorkbook(data)).toEqual([{ name: 'Aạ', rows: [[], [null, 'Vũ Lễ', 'aé\rb']] }]);
  });

  it('a file that is not a workbook is told apart from a damaged one, in words', async () => {
    const text = await failure(bufferOf(new TextEncoder().encode('Mã xã,Tên\n1,Vũ Lễ\n')));
    expect(text.problem).toBe('not-xlsx');
    expect(describeReadProblem(text.problem, 'vi')).toBe(
      'tệp không phải bảng tính .xlsx (trong Excel: Lưu thành › Sổ làm việc Excel (.xlsx))',
    );
    expect(describeReadProblem(text.problem, 'en')).toContain('not an .xlsx workbook');

    // A zip, but without a workbook in it (an .ods or .docx, say).
    const other = await failure(bufferOf(zipStored([{ name: 'content.xml', data: new TextEncoder().encode('<office/>') }])));
    expect(other.problem).toBe('not-xlsx');

    const whole = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    // Cut short, as an unfinished download or copy leaves it.
    const cut = await failure(bufferOf(whole.slice(0, Math.floor(whole.length / 2))));
    expect(cut.problem).toBe('damaged');
    expect(describeReadProblem(cut.problem, 'vi')).toBe('bảng tính bị hỏng hoặc chưa lưu xong');
    expect(describeReadProblem(cut.problem, 'en')).toBe('the workbook is damaged or was not saved completely');
  });

  it('a browser without DecompressionStream is told so, not that the file is damaged', async () => {
    const data = await exceljsBytes((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'x';
    });
    vi.stubGlobal('DecompressionStream', undefined);
    const e = await failure(data).finally(() => vi.unstubAllGlobals());
    expect(e.problem).toBe('browser');
    expect(describeReadProblem(e.problem, 'vi')).toContain('trình duyệt này chưa đọc được bảng tính');
  });

  it('a deflated part whose bytes are corrupt is damaged, not a crash', async () => {
    const data = await exceljsBytes((wb) => {
      wb.addWorksheet('A').getCell('A1').value = 'x'.repeat(2000);
    });
    const bytes = new Uint8Array(data);
    // The sheet's local header: its name follows the 30-byte header; overwrite the start of its compressed data.
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    const at = bytes.findIndex((_, i) => name.every((b, j) => bytes[i + j] === b)) - 30;
    expect(new DataView(data).getUint32(at, true)).toBe(0x04034b50);
    const start = at + 30 + name.length + (bytes[at + 28]! | (bytes[at + 29]! << 8));
    bytes.fill(0xff, start, start + 16);
    expect((await failure(data)).problem).toBe('damaged');
  });
});
