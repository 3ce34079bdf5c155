// Workbook rows back into a document, remembering where each record came from so problems can name sheet, row and column.
import { fromCell, isEmptyCell } from './cells';
import type { Column } from './columns';
import { META_SHEET, SHEETS, sheetByKey, type SheetKey, type SheetSpec } from './sheets';
import { FIRST_DATA_ROW } from './to-rows';

export interface RawSheet {
  readonly name: string;
  /** Row 1 first; cells as the reader gives them (string, number, boolean, Date or null). */
  readonly rows: readonly (readonly unknown[])[];
}

/** A place in the workbook; `row` is the spreadsheet's own row number. */
export interface Place {
  readonly sheet: string;
  readonly row?: number;
  readonly column?: string;
}

export type WorkbookProblem =
  | { readonly code: 'missing-sheet'; readonly place: Place }
  | { readonly code: 'unknown-column'; readonly place: Place }
  | { readonly code: 'unknown-field'; readonly place: Place; readonly field: string }
  | { readonly code: 'unknown-parent'; readonly place: Place; readonly parentSheet: string; readonly value: string }
  | { readonly code: 'bad-index'; readonly place: Place };

export interface ConvertedWorkbook {
  readonly value: unknown;
  readonly problems: readonly WorkbookProblem[];
  /** Where the record or field at a JSON path came from. */
  locate(path: readonly (string | number)[]): Place | undefined;
}

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

function setPath(target: Json, path: readonly string[], value: unknown) {
  let cur = target;
  path.slice(0, -1).forEach((k) => {
    if (cur[k] === null || typeof cur[k] !== 'object') cur[k] = {};
    cur = cur[k] as Json;
  });
  const last = path[path.length - 1];
  if (last !== undefined) cur[last] = value;
}

const TEXT: Column = { key: [], header: '', kind: 'text', required: true };
const pathKey = (path: Path) => JSON.stringify(path);

/** The column a path inside a record belongs to: the one sharing most of its leading keys. */
function columnFor(spec: SheetSpec, rest: Path): string | undefined {
  let best: { column: Column; shared: number } | undefined;
  for (const column of spec.columns) {
    let shared = 0;
    while (shared < rest.length && shared < column.key.length && column.key[shared] === rest[shared]) shared++;
    if (shared > 0 && (!best || shared > best.shared)) best = { column, shared };
  }
  return best?.column.header;
}

export function rowsToDocument(sheets: readonly RawSheet[]): ConvertedWorkbook {
  const problems: WorkbookProblem[] = [];
  const places = new Map<string, { place: Place; spec: SheetSpec }>();
  const meta: Json = { sources: [] };
  const doc: Json = {
    meta,
    regions: [],
    communes: [],
    ocop: { subjects: [], products: [] },
    ntm: { criteriaSets: [], communes: [] },
    craftVillages: [],
    targets: [],
  };
  const parents = new Map<SheetKey, Map<string, { item: Json; path: Path }>>();
  const outlines = new Map<Json, unknown[][][]>();
  const raw = (spec: SheetSpec) => sheets.find((s) => s.name.trim() === spec.name);

  const metaSheet = raw(META_SHEET);
  places.set(pathKey(['meta']), { place: { sheet: META_SHEET.name }, spec: META_SHEET });
  if (!metaSheet) problems.push({ code: 'missing-sheet', place: { sheet: META_SHEET.name } });
  metaSheet?.rows.slice(1).forEach((cells, i) => {
    const field = String(cells[1] ?? '').trim();
    if (field === '') return;
    const column = META_SHEET.columns.find((c) => c.key.join('.') === field);
    const place = { sheet: META_SHEET.name, row: i + 2, column: String(cells[0] ?? field) };
    if (!column) return problems.push({ code: 'unknown-field', place, field });
    const value = fromCell(column, cells[2]);
    if (value !== undefined) setPath(meta, column.key as string[], value);
    const at = { place: { ...place, column: column.header }, spec: META_SHEET };
    places.set(pathKey(['meta', ...column.key]), at);
    // A missing group (meta.province) is placed at its first field's row.
    for (let k = 1; k < column.key.length; k++) {
      const group = pathKey(['meta', ...column.key.slice(0, k)]);
      if (!places.has(group)) places.set(group, at);
    }
  });

  for (const spec of SHEETS.slice(1)) {
    const sheet = raw(spec);
    if (!sheet) {
      // Nested lists may be left out; every block of the document must be there.
      if (!spec.parent) problems.push({ code: 'missing-sheet', place: { sheet: spec.name } });
      continue;
    }
    const byIndex = (sheet.rows[0] ?? []).map((h) => {
      const header = String(h ?? '').trim();
      const column = spec.columns.find((c) => c.header === header);
      if (!column && header !== '') problems.push({ code: 'unknown-column', place: { sheet: spec.name, column: header } });
      return column;
    });
    const own = new Map<string, { item: Json; path: Path }>();
    const items: Json[] = [];
    if (spec.path) {
      setPath(doc, spec.path as string[], items);
      places.set(pathKey(spec.path), { place: { sheet: spec.name }, spec });
    }
    sheet.rows.slice(FIRST_DATA_ROW - 1).forEach((cells, i) => {
      if (cells.every(isEmptyCell)) return;
      const row = i + FIRST_DATA_ROW;
      const item: Json = {};
      for (const column of spec.columns) if (column.defaultsToEmpty) setPath(item, column.key as string[], []);
      byIndex.forEach((column, c) => {
        const value = column ? fromCell(column, cells[c]) : undefined;
        if (column && value !== undefined) setPath(item, column.key as string[], value);
      });
      if (spec.path) {
        const path = [...spec.path, items.length];
        items.push(item);
        places.set(pathKey(path), { place: { sheet: spec.name, row }, spec });
        const key = SHEETS.find((s) => s.parent?.sheet === spec.key)?.parent?.parentKey;
        if (key && item[key] !== undefined) own.set(String(item[key]), { item, path });
        return;
      }
      const link = spec.parent;
      if (!link) return;
      const parentValue = String(fromCell(TEXT, cells[byIndex.findIndex((c) => c?.key[0] === '@parent')]) ?? '');
      const parent = parents.get(link.sheet)?.get(parentValue);
      const parentHeader = spec.columns[0]?.header ?? '';
      if (!parent) {
        problems.push({
          code: 'unknown-parent',
          place: { sheet: spec.name, row, column: parentHeader },
          parentSheet: sheetByKey(link.sheet).name,
          value: parentValue,
        });
        return;
      }
      if (spec.key === 'boundaries') {
        const [p, r] = [item['@polygon'], item['@ring']];
        if (!Number.isInteger(p) || !Number.isInteger(r) || (p as number) < 1 || (r as number) < 1) {
          problems.push({ code: 'bad-index', place: { sheet: spec.name, row } });
          return;
        }
        const polygons = outlines.get(parent.item) ?? [];
        outlines.set(parent.item, polygons);
        const rings = (polygons[(p as number) - 1] ??= []);
        (rings[(r as number) - 1] ??= []).push([item['@lon'], item['@lat']]);
        return;
      }
      delete item['@parent'];
      const list = ((parent.item[link.field] as Json[] | undefined) ??= []);
      places.set(pathKey([...parent.path, link.field, list.length]), { place: { sheet: spec.name, row }, spec });
      list.push(item);
    });
    if (spec.path) parents.set(spec.key, own);
  }

  for (const [region, polygons] of outlines) {
    const dense = polygons.filter(Boolean).map((rings) => rings.filter(Boolean));
    const geometry = (region.geometry ??= {}) as Json;
    geometry.coordinates = geometry.type === 'Polygon' ? dense[0] : dense;
  }

  return {
    value: doc,
    problems,
    locate(path) {
      for (let k = path.length; k >= 0; k--) {
        const hit = places.get(pathKey(path.slice(0, k)));
        if (!hit) continue;
        if (hit.place.row === undefined || hit.place.column !== undefined) return hit.place;
        const column = columnFor(hit.spec, path.slice(k));
        return column ? { ...hit.place, column } : hit.place;
      }
      return undefined;
    },
  };
}
