// @vitest-environment node
// Workbook rows ⇄ document: the sample survives the round trip; problems are placed by sheet, row and column.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { RawSheet } from './from-rows';
import { importWorkbookRows } from './import-workbook';
import { SHEETS } from './sheets';
import { documentToRows, FIRST_DATA_ROW } from './to-rows';

const sample = JSON.parse(readFileSync(new URL('../../../public/data/thai-binh-sample.json', import.meta.url), 'utf8'));

/** The rows as a reader gives them back: header, notes, then records. */
function asRead(doc: unknown): RawSheet[] {
  return documentToRows(doc).map((s) => ({ name: s.spec.name, rows: [s.header, ...(s.notes ? [s.notes] : []), ...s.rows] }));
}

describe('workbook rows', () => {
  it('every column has a Vietnamese header', () => {
    const unnamed = SHEETS.flatMap((s) => s.columns.filter((c) => c.header === c.key.join('.')).map((c) => `${s.key}:${c.key.join('.')}`));
    expect(unnamed).toEqual([]);
  });

  it('the built-in sample goes to rows and back unchanged', () => {
    const result = importWorkbookRows(asRead(sample));
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(result.ok && JSON.parse(JSON.stringify(result.document))).toEqual(sample);
  });

  it('a broken cell is named by sheet, spreadsheet row and column', () => {
    const sheets = asRead(buildSmallDocument());
    const products = sheets.find((s) => s.name === 'Sản phẩm')!;
    const stars = products.rows[0]!.indexOf('Số sao');
    (products.rows[FIRST_DATA_ROW - 1 + 1] as unknown[])[stars] = 7;
    const result = importWorkbookRows(sheets);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      source: 'contract',
      place: { sheet: 'Sản phẩm', row: FIRST_DATA_ROW + 1, column: 'Số sao' },
    });
  });

  it('follows contract 1.1: a district target keeps its regions, and an unknown one is named by its cell', () => {
    const doc = buildSmallDocument();
    const withRegions = JSON.parse(JSON.stringify({ ...doc, meta: { ...doc.meta, schemaVersion: 1.1 } }));
    withRegions.targets[0].regionIds = [doc.regions[0]!.id, doc.regions[1]!.id];
    const back = importWorkbookRows(asRead(withRegions));
    expect(back.ok && JSON.parse(JSON.stringify(back.document))).toEqual(withRegions);

    withRegions.targets[0].regionIds = ['R404'];
    const broken = importWorkbookRows(asRead(withRegions));
    expect(broken.ok ? [] : broken.problems).toEqual([
      expect.objectContaining({ place: { sheet: 'Mục tiêu', row: FIRST_DATA_ROW, column: 'Mã huyện áp dụng' } }),
    ]);
  });

  it('an empty workbook names each missing field of the general sheet by its row', () => {
    const result = importWorkbookRows(asRead({ meta: { schemaVersion: 1.1 } }));
    const places = result.ok ? [] : result.problems.map((p) => p.place);
    expect(places).toContainEqual({ sheet: 'Thông tin chung', row: 4, column: 'Mã tỉnh' });
    expect(places).toContainEqual({ sheet: 'Thông tin chung', row: 6, column: 'Số liệu tính đến ngày' });
    expect(places).toContainEqual({ sheet: 'Huyện' });
  });
});
