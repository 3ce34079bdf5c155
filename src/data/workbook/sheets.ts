// The workbook's sheets: one per block of the contract, with Vietnamese names and headers; nested lists get their own sheet.
import { craftVillageSchema } from '../../contract/craft';
import { sourceSchema } from '../../contract/fields';
import { metaSchema } from '../../contract/meta';
import { criteriaSetSchema, ntmCommuneSchema, ntmHistoryEntrySchema } from '../../contract/ntm';
import { productSchema, subjectSchema } from '../../contract/ocop';
import { communeSchema, regionSchema } from '../../contract/places';
import { targetSchema } from '../../contract/targets';
import { asIntrospected, columnsOf, unwrap, type Column } from './columns';
import { headerFor, headerOf } from './headers';
import type { z } from 'zod/mini';

export type SheetKey =
  | 'meta'
  | 'sources'
  | 'regions'
  | 'boundaries'
  | 'communes'
  | 'subjects'
  | 'products'
  | 'criteriaSets'
  | 'criteria'
  | 'ntmCommunes'
  | 'communeCriteria'
  | 'ntmHistory'
  | 'craftVillages'
  | 'targets';

export interface SheetSpec {
  readonly key: SheetKey;
  readonly name: string;
  readonly columns: readonly Column[];
  /** Where a top-level sheet's records sit in the document. */
  readonly path?: readonly string[];
  /** A sheet of nested records: each row names its parent record by `parentKey` and lands in the parent's `field`. */
  readonly parent?: { readonly sheet: SheetKey; readonly parentKey: string; readonly field: string };
}

/** The parent's key as the first column of a nested sheet (its header is the parent sheet's own). */
function parentColumn(header: string): Column {
  return { key: ['@parent'], header, kind: 'text', required: true };
}

/** The element schema of an array field of a record schema (ntm commune → its criteria). */
function elementOf(schema: z.ZodMiniType, field: string): z.ZodMiniType {
  const array = unwrap(asIntrospected(schema)).inner.shape?.[field];
  const element = array && unwrap(array).inner.def.element;
  if (!element) throw new Error(`${field} is not a list`);
  return element as unknown as z.ZodMiniType;
}

function table(
  key: SheetKey,
  name: string,
  schema: z.ZodMiniType,
  extra: Omit<SheetSpec, 'key' | 'name' | 'columns'>,
  skip: string[] = [],
) {
  const columns = columnsOf(schema, headerFor(key), skip);
  return {
    key,
    name,
    columns: extra.parent ? [parentColumn(headerOf(`${extra.parent.sheet}:${extra.parent.parentKey}`)), ...columns] : columns,
    ...extra,
  };
}

export const META_SHEET: SheetSpec = {
  key: 'meta',
  name: 'Thông tin chung',
  columns: columnsOf(metaSchema, headerFor('meta'), ['sources']),
};

export const BOUNDARY_COLUMNS: readonly Column[] = [
  parentColumn('Mã huyện'),
  { key: ['@polygon'], header: 'Đa giác số', kind: 'integer', required: true, min: 1 },
  { key: ['@ring'], header: 'Vòng số', kind: 'integer', required: true, min: 1 },
  { key: ['@lon'], header: 'Kinh độ', kind: 'number', required: true },
  { key: ['@lat'], header: 'Vĩ độ', kind: 'number', required: true },
];

const regions = table('regions', 'Huyện', regionSchema, { path: ['regions'] }, ['geometry']);

/** Every sheet in workbook order; nested sheets follow their parent. */
export const SHEETS: readonly SheetSpec[] = [
  META_SHEET,
  table('sources', 'Nguồn số liệu', sourceSchema, { path: ['meta', 'sources'] }),
  {
    ...regions,
    columns: [
      ...regions.columns,
      {
        key: ['geometry', 'type'],
        header: headerOf('regions:geometry.type'),
        kind: 'enum',
        required: false,
        options: ['Polygon', 'MultiPolygon'],
      },
    ],
  },
  { key: 'boundaries', name: 'Ranh giới', columns: BOUNDARY_COLUMNS, parent: { sheet: 'regions', parentKey: 'id', field: 'geometry' } },
  table('communes', 'Xã', communeSchema, { path: ['communes'] }),
  table('subjects', 'Chủ thể OCOP', subjectSchema, { path: ['ocop', 'subjects'] }),
  table('products', 'Sản phẩm', productSchema, { path: ['ocop', 'products'] }),
  table('criteriaSets', 'Bộ tiêu chí NTM', criteriaSetSchema, { path: ['ntm', 'criteriaSets'] }),
  table('criteria', 'Tiêu chí NTM', elementOf(criteriaSetSchema, 'criteria'), {
    parent: { sheet: 'criteriaSets', parentKey: 'id', field: 'criteria' },
  }),
  table('ntmCommunes', 'Xã NTM', ntmCommuneSchema, { path: ['ntm', 'communes'] }),
  table('communeCriteria', 'Tiêu chí từng xã', elementOf(ntmCommuneSchema, 'criteria'), {
    parent: { sheet: 'ntmCommunes', parentKey: 'communeCode', field: 'criteria' },
  }),
  table('ntmHistory', 'Lịch sử NTM', ntmHistoryEntrySchema, {
    parent: { sheet: 'ntmCommunes', parentKey: 'communeCode', field: 'history' },
  }),
  table('craftVillages', 'Làng nghề', craftVillageSchema, { path: ['craftVillages'] }),
  table('targets', 'Mục tiêu', targetSchema, { path: ['targets'] }),
];

export function sheetByKey(key: SheetKey): SheetSpec {
  const spec = SHEETS.find((s) => s.key === key);
  if (!spec) throw new Error(`no sheet ${key}`);
  return spec;
}
