// @vitest-environment node
// "Mở tệp dữ liệu" with an .xlsx workbook: read and converted in the document worker (or its in-page fallback) the
// way `npm run import` does; a good workbook is the same document as its JSON, a broken one is named by cell.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { writeWorkbook } from '../../scripts/workbook-cli/write-xlsx';
import { DocumentError } from '../../src/data/document-error';
import { parseDocument } from '../../src/data/parse-document';
import { parseDocumentOffThread, type WorkerLike } from '../../src/data/parse-off-thread';
import { runParse, type ParseRequest } from '../../src/data/parse-session';
import { documentToRows, FIRST_DATA_ROW, type SheetRows } from '../../src/data/workbook/to-rows';
import { describeLoadError } from '../../src/i18n/describe-problem';
import { describePlacedProblem } from '../../src/i18n/describe-workbook';

/** A stand-in worker running the worker's code here, answering through cloned message events. */
function fakeWorker(): WorkerLike {
  const w: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request: ParseRequest) {
      void runParse(request, (m) => {
        const data = structuredClone(m);
        setTimeout(() => w.onmessage?.(new MessageEvent('message', { data })), 0);
      });
    },
    terminate() {},
  };
  return w;
}

async function workbookBytes(doc: unknown, edit?: (sheets: SheetRows[]) => void): Promise<Uint8Array> {
  const sheets = documentToRows(doc);
  edit?.(sheets);
  const file = join(mkdtempSync(join(tmpdir(), 'workbook-preview-')), 'book.xlsx');
  await writeWorkbook(sheets, file);
  return new Uint8Array(readFileSync(file));
}

const WAYS = {
  'in the document worker': () => fakeWorker(),
  'in the page, where there is no worker': () => undefined,
};

describe.each(Object.entries(WAYS))('an .xlsx workbook opened for a preview, %s', (_, createWorker) => {
  it('is the same document, with the same report, as its JSON', async () => {
    const doc = buildSmallDocument();
    const parsed = await parseDocumentOffThread('book.xlsx', await workbookBytes(doc), { workbook: true, createWorker });
    const expected = parseDocument('book.json', JSON.stringify(doc));
    expect(JSON.parse(JSON.stringify(parsed.document))).toEqual(JSON.parse(JSON.stringify(expected.document)));
    expect(parsed.report).toEqual(expected.report);
  });

  it('with a broken row: a DocumentError naming sheet, row and column, in the import command words', async () => {
    const bytes = await workbookBytes(buildSmallDocument(), (sheets) => {
      const products = sheets.find((s) => s.spec.name === 'Sản phẩm')!;
      (products.rows[1] as unknown[])[products.header.indexOf('Số sao')] = 7;
    });
    const e = await parseDocumentOffThread('book.xlsx', bytes, { workbook: true, createWorker }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DocumentError);
    const d = (e as DocumentError).detail;
    if (d.kind !== 'workbook') throw new Error(`expected a workbook problem, got ${d.kind}`);
    expect(d.total).toBe(1);
    expect(d.problems.map((p) => describePlacedProblem(p, 'vi'))).toEqual([
      { place: `Sản phẩm, dòng ${FIRST_DATA_ROW + 1}, cột Số sao`, message: 'phải từ 1 đến 5, nhận được 7' },
    ]);
    expect(d.problems.map((p) => describePlacedProblem(p, 'en'))).toEqual([
      { place: `Sản phẩm, row ${FIRST_DATA_ROW + 1}, column Số sao`, message: 'must be between 1 and 5, got 7' },
    ]);
    expect(describeLoadError(d, 'vi')).toBe('Bảng tính có 1 lỗi; chưa xem trước được. Sửa các ô dưới đây rồi mở lại tệp.');
  });

  it('that is not a workbook: says so in words', async () => {
    const bytes = new TextEncoder().encode('{"meta": {}}');
    const e = await parseDocumentOffThread('book.xlsx', bytes, { workbook: true, createWorker }).catch((err: unknown) => err);
    expect((e as DocumentError).detail).toEqual({ kind: 'unreadable', problem: 'not-xlsx' });
    expect(describeLoadError((e as DocumentError).detail, 'vi')).toBe(
      'Không đọc được tệp như một bảng tính Excel (.xlsx): tệp không phải bảng tính .xlsx (trong Excel: Lưu thành › Sổ làm việc Excel (.xlsx)).',
    );
  });
});
