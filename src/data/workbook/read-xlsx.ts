// An .xlsx file's sheets as rows of cells. Own code rather than a library: the zip directory, the platform's
// DecompressionStream (browsers, workers and Node) and a few patterns over the part of the OOXML a filled-in
// template uses. It runs in the document worker, so it must cost little of the page's JavaScript size budget.
import type { RawSheet } from './from-rows';

/**
 * not-xlsx: not a zip, or a zip without a workbook in it; damaged: a workbook whose parts cannot be read;
 * browser: a browser without DecompressionStream (before Safari 16.4, Firefox 113, Chrome 80).
 */
export type WorkbookReadProblem = 'not-xlsx' | 'damaged' | 'browser';

export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;
  constructor(problem: WorkbookReadProblem) {
    super(problem);
    this.name = 'WorkbookReadError';
    this.problem = problem;
  }
}

const fail = (problem: WorkbookReadProblem): never => {
  throw new WorkbookReadError(problem);
};

interface Entry {
  readonly flags: number;
  readonly method: number;
  readonly size: number;
  readonly at: number;
}

/** The zip's central directory: each part's name and where its bytes are. */
function entries(bytes: Uint8Array<ArrayBuffer>, view: DataView): Map<string, Entry> {
  // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 65535);
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
  // No end record: a zip cut short (it starts like one) is damaged; anything else is not a workbook.
  if (end < stop) fail(bytes.length > 3 && view.getUint32(0, true) === 0x04034b50 ? 'damaged' : 'not-xlsx');
  const names = new TextDecoder();
  const found = new Map<string, Entry>();
  let p = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) fail('damaged');
    const n = view.getUint16(p + 28, true);
    found.set(names.decode(bytes.subarray(p + 46, p + 46 + n)), {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      size: view.getUint32(p + 20, true),
      at: view.getUint32(p + 42, true),
    });
    p += 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return found;
}

/** One part's text: stored, or deflated (read with DecompressionStream). Encrypted or other methods: damaged. */
async function partText(bytes: Uint8Array<ArrayBuffer>, view: DataView, e: Entry | undefined): Promise<string | undefined> {
  if (!e) return undefined;
  if (e.flags & 1 || e.at + 30 > bytes.length || view.getUint32(e.at, true) !== 0x04034b50) fail('damaged');
  const start = e.at + 30 + view.getUint16(e.at + 26, true) + view.getUint16(e.at + 28, true);
  const data = bytes.subarray(start, start + e.size);
  if (e.method === 0) return new TextDecoder().decode(data);
  if (e.method !== 8) fail('damaged');
  if (typeof DecompressionStream === 'undefined') fail('browser');
  try {
    return await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  } catch {
    return fail('damaged');
  }
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML entities and character references, then the _xHHHH_ escapes spreadsheet text uses for control characters. */
const decode = (s: string) =>
  s
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e] ?? m),
    )
    .replace(/_x([\da-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** Elements named `tag` (any namespace prefix): their attributes and, unless self-closing, their content. */
const elements = (xml: string, tag: string) =>
  xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${tag}>)`, 'g'));

/** Attributes by local name (r:id → id), decoded. */
function attributes(s: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [, name, value] of (s ?? '').matchAll(/(?:[\w.-]+:)?([\w.-]+)\s*=\s*"([^"]*)"/g)) found[name ?? ''] = decode(value ?? '');
  return found;
}

/** A string item's text: its <t> elements joined, leaving out phonetic runs. */
const textOf = (xml: string) =>
  [...elements(xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, ''), 't')].map((t) => decode(t[2] ?? '')).join('');

/** Built-in number formats that show a date or time. */
const DATE_FORMAT_IDS = /^(1[4-9]|2[0-2]|2[7-9]|3[0-6]|4[5-7]|5[0-8]|7[1-9]|8[01])$/;

/** A custom format shows a date when, quoted text, [colours] and escapes aside, it has date letters and no digits. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare);
}

/** Which cell styles show dates, by index (a cell's s="…"). */
function dateStyles(xml: string): boolean[] {
  const custom = new Map([...elements(xml, 'numFmt')].map((m) => attributes(m[1])).map((a) => [a.numFmtId, a.formatCode ?? '']));
  return [...elements(first(xml, 'cellXfs') ?? '', 'xf')].map((m) => {
    const id = attributes(m[1]).numFmtId ?? '0';
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.test(id);
  });
}

/** "AB12" → 27 (columns from 0); undefined without letters. */
function columnOf(ref: string | undefined): number | undefined {
  const letters = ref ? /^[A-Z]+/i.exec(ref)?.[0] : undefined;
  return letters ? [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : undefined;
}

interface Context {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly epoch1904: boolean;
}

/** The content of the first `tag` element in `xml`. */
const first = (xml: string, tag: string): string | undefined => elements(xml, tag).next().value?.[2];

/** One cell's value: text, number, boolean, a Date for a date-formatted number (or t="d"), or null when empty. */
function cellValue(a: Record<string, string>, body: string, c: Context): unknown {
  const v = first(body, 'v');
  const t = a.t;
  const value =
    t === 'inlineStr'
      ? textOf(first(body, 'is') ?? '')
      : v === undefined || v.trim() === ''
        ? null
        : t === 's'
          ? c.strings[Number(v)]
          : t === 'b'
            ? v === '1' || v === 'true'
            : t === 'd'
              ? new Date(v)
              : t === 'str' || t === 'e'
                ? decode(v)
                : c.dates[Number(a.s ?? 0)]
                  ? // Day 25569 is 1970-01-01 (day 0 is 1899-12-30); the 1904 system counts from 1904-01-01.
                    new Date(Math.round((Number(v) + (c.epoch1904 ? 1462 : 0) - 25569) * 86_400_000))
                  : Number(v);
  return value === undefined || value === '' ? null : value;
}

/** A worksheet's rows, row 1 first; missing rows are empty, missing cells null; empty rows at the end left out. */
function sheetRows(xml: string, c: Context): unknown[][] {
  const rows: unknown[][] = [];
  let r = 0;
  for (const row of elements(xml, 'row')) {
    r = Number(attributes(row[1]).r ?? r + 1);
    const cells: unknown[] = [];
    let col = -1;
    for (const cell of elements(row[2] ?? '', 'c')) {
      const attrs = attributes(cell[1]);
      col = columnOf(attrs.r) ?? col + 1;
      const value = cellValue(attrs, cell[2] ?? '', c);
      if (value === null) continue;
      while (cells.length < col) cells.push(null);
      cells[col] = value;
    }
    if (cells.length === 0) continue;
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  }
  return rows;
}

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
