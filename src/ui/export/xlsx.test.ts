// The workbook is read back by Info-ZIP's unzip (CRC checked) and its cells parsed from the sheet XML.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildXlsx, crc32 } from './xlsx';
import { readSheet } from '../../../tests/xlsx-reader';

const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the Excel workbook', () => {
  it('computes the zip CRC-32 of a known text', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it.skipIf(!hasUnzip)('is a valid zip whose sheets hold numbers as numbers and text as text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlsx-')), 'book.xlsx');
    writeFileSync(
      file,
      buildXlsx([
        {
          name: 'Sản phẩm theo năm',
          rows: [
            ['Năm', 'Tỷ lệ', 'Ghi chú'],
            [2025, 82.2, '<b>&"x"'],
            [2024, 0.5, '=SUM(A1)'],
          ],
        },
        {
          name: 'Nguồn',
          rows: [
            ['Số liệu đến ngày', '30/06/2025'],
            ['Số liệu minh họa', 'có'],
          ],
        },
      ]),
    );
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const workbook = execFileSync('unzip', ['-p', file, 'xl/workbook.xml'], { encoding: 'utf8' });
    expect(workbook).toContain('name="Sản phẩm theo năm"');
    expect(workbook).toContain('name="Nguồn"');
    const sheet = readSheet(execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }));
    expect(sheet).toEqual([
      ['Năm', 'Tỷ lệ', 'Ghi chú'],
      [2025, 82.2, '<b>&"x"'],
      [2024, 0.5, '=SUM(A1)'],
    ]);
    expect(readSheet(execFileSync('unzip', ['-p', file, 'xl/worksheets/sheet2.xml'], { encoding: 'utf8' }))[1]).toEqual([
      'Số liệu minh họa',
      'có',
    ]);
  });
});
