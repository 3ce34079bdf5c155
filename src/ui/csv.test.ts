import { describe, expect, it } from 'vitest';
import { CSV_STYLE, toCsv } from './csv';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, keeps Vietnamese as UTF-8 with a BOM', () => {
    expect(
      toCsv(
        ['Tên', 'Số'],
        [
          ['Xã Vũ Lễ, Kiến Xương', 3],
          ['Nói "hay"', 4.5],
        ],
      ),
    ).toBe('\uFEFFTên,Số\r\n"Xã Vũ Lễ, Kiến Xương",3\r\n"Nói ""hay""",4.5\r\n');
  });
  it('defuses spreadsheet formulas in text cells', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], [-3]])).toBe('\uFEFFa\r\n"\'=HYPERLINK(""x"")"\r\n-3\r\n');
  });
});

describe('toCsv for Vietnamese spreadsheet settings', () => {
  it('separates with ";" and writes decimals with ","', () => {
    expect(
      toCsv(
        ['Năm', 'Tỷ lệ'],
        [
          [2025, 82.2],
          ['a;b', -1.5],
        ],
        CSV_STYLE.vi,
      ),
    ).toBe('\uFEFFNăm;Tỷ lệ\r\n2025;82,2\r\n"a;b";-1,5\r\n');
  });
  it('keeps formula escaping and the BOM', () => {
    expect(toCsv(['a'], [['@SUM(A1)']], CSV_STYLE.vi)).toBe("\uFEFFa\r\n'@SUM(A1)\r\n");
  });
});
