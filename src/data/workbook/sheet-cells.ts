// What a worksheet's cells hold: text, numbers, booleans, and dates (a number in a date format), row by row.
import { attributes, decode, elements, first, textOf } from './xml-text';

/** Built-in number formats that show a date or time. */
const DATE_FORMAT_IDS = /^(1[4-9]|2[0-2]|2[7-9]|3[0-6]|4[5-7]|5[0-8]|7[1-9]|8[01])$/;

/** A custom format shows a date when, quoted text, [colours] and escapes aside, it has date letters and no digits. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, '');
  return /[dmyhs]/i.test(bare) && !/[0#?]/.test(bare);
}

/** Which cell styles show dates, by index (a cell's s="…"). */
export function dateStyles(xml: string): boolean[] {
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

export interface Context {
  readonly strings: readonly string[];
  readonly dates: readonly boolean[];
  readonly epoch1904: boolean;
}

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
export function sheetRows(xml: string, c: Context): unknown[][] {
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
