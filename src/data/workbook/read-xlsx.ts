// An .xlsx file's sheets as rows of cells. Own code rather than a library: the zip directory, the platform's
// DecompressionStream (browsers, workers and Node) and a few patterns over the part of the OOXML a filled-in
// template uses. It runs in the document worker, so it must cost little of the page's JavaScript size budget.
import type { RawSheet } from './from-rows';
import { dateStyles, sheetRows, type Context } from './sheet-cells';
import { attributes, elements, textOf } from './xml-text';
import { entries, fail, partText } from './zip-parts';

/** Reads every worksheet, in the workbook's order; cell text is kept as typed (not trimmed). Throws WorkbookReadError. */
export async function readWorkbook(data: ArrayBuffer): Promise<RawSheet[]> {
  const bytes = new Uint8Array(data);
  const view = new DataView(data);
  const zip = entries(bytes, view);
  const part = (name: string) => partText(bytes, view, zip.get(name));
  const [workbook, rels, strings, styles] = await Promise.all(
    ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].map(part),
  );
  if (workbook === undefined) return fail('not-xlsx');
  const targets = new Map([...elements(rels ?? '', 'Relationship')].map((m) => attributes(m[1])).map((a) => [a.Id, a.Target ?? '']));
  const c: Context = {
    strings: [...elements(strings ?? '', 'si')].map((m) => textOf(m[2] ?? '')),
    dates: dateStyles(styles ?? ''),
    epoch1904: /date1904="(1|true)"/.test(workbook),
  };
  return Promise.all(
    [...elements(workbook, 'sheet')].map(async (m) => {
      const a = attributes(m[1]);
      const target = targets.get(a.id) ?? '';
      const xml = await part(target.startsWith('/') ? target.slice(1) : `xl/${target}`);
      return { name: a.name ?? '', rows: xml === undefined ? [] : sheetRows(xml, c) };
    }),
  );
}
