// A document as workbook rows: the template's example rows, and the first half of the round trip.
import { noteFor, toCell, type Cell } from './cells';
import { META_SHEET, SHEETS, sheetByKey, type SheetSpec } from './sheets';

export interface SheetRows {
  readonly spec: SheetSpec;
  /** Row 1. */
  readonly header: readonly string[];
  /** Row 2, what each column holds (table sheets only). */
  readonly notes?: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** The meta sheet lists one field a row: its name, its path, its value and a note. */
export const META_HEADER = ['Trường', 'Mã trường', 'Giá trị', 'Ghi chú'] as const;
/** Table sheets: header in row 1, notes in row 2, records from row 3. */
export const FIRST_DATA_ROW = 3;

type Json = Record<string, unknown>;

export function getPath(value: unknown, path: readonly (string | number)[]): unknown {
  let cur = value;
  for (const k of path) cur = cur !== null && typeof cur === 'object' ? (cur as Json)[k] : undefined;
  return cur;
}

const records = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function childRows(spec: SheetSpec, parent: NonNullable<SheetSpec['parent']>, doc: unknown): Cell[][] {
  const parentSpec = sheetByKey(parent.sheet);
  return records(getPath(doc, parentSpec.path ?? [])).flatMap((item) => {
    const key = toCell({ key: [], header: '', kind: 'text', required: true }, item[parent.parentKey]);
    if (spec.key === 'boundaries') {
      const g = item.geometry as { type?: string; coordinates?: unknown[] } | undefined;
      if (!g?.coordinates) return [];
      const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
      return polygons.flatMap((rings, p) =>
        rings.flatMap((ring, r) => ring.map((pt) => [key, p + 1, r + 1, pt[0] ?? null, pt[1] ?? null])),
      );
    }
    return records(item[parent.field]).map((child) => [key, ...spec.columns.slice(1).map((c) => toCell(c, getPath(child, c.key)))]);
  });
}

/** Every sheet of the workbook, filled with `doc`'s records (pass an empty document for an empty template). */
export function documentToRows(doc: unknown): SheetRows[] {
  return SHEETS.map((spec) => {
    if (spec === META_SHEET) {
      const rows = spec.columns.map((c) => [c.header, c.key.join('.'), toCell(c, getPath(doc, ['meta', ...c.key])), noteFor(c)]);
      return { spec, header: [...META_HEADER], rows };
    }
    const header = spec.columns.map((c) => c.header);
    const notes = spec.columns.map((c) => noteFor(c, spec.parent ? sheetByKey(spec.parent.sheet).name : undefined));
    const rows = spec.parent
      ? childRows(spec, spec.parent, doc)
      : records(getPath(doc, spec.path ?? [])).map((item) => spec.columns.map((c) => toCell(c, getPath(item, c.key))));
    return { spec, header, notes, rows };
  });
}
