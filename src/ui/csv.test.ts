import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

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
