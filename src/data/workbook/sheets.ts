// The workbook's sheets: one per block of the contract, with Vietnamese names and headers; nested lists get their own sheet.
import {
  communeSchema,
  craftVillageSchema,
  criteriaSetSchema,
  metaSchema,
  ntmCommuneSchema,
  ntmHistoryEntrySchema,
  productSchema,
  regionSchema,
  sourceSchema,
  subjectSchema,
  targetSchema,
} from '../schema';
import { asIntrospected, columnsOf, unwrap, type Column } from './columns';
import type { z } from 'zod';

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

/** Vietnamese headers, by sheet and field path. A field without one shows its path (a test asks for one). */
const HEADERS: Record<string, string> = {
  'meta:schemaVersion': 'Phiên bản hợp đồng dữ liệu',
  'meta:title': 'Tiêu đề',
  'meta:province.code': 'Mã tỉnh',
  'meta:province.name': 'Tên tỉnh',
  'meta:asOf': 'Số liệu tính đến ngày',
  'meta:generatedAt': 'Thời điểm xuất dữ liệu',
  'meta:publisher.name': 'Đơn vị công bố',
  'meta:publisher.url': 'Đơn vị công bố: địa chỉ web',
  'meta:publisher.date': 'Đơn vị công bố: ngày',
  'meta:publisher.note': 'Đơn vị công bố: ghi chú',
  'meta:sample': 'Số liệu minh họa',
  'meta:geography.label': 'Địa giới',
  'meta:geography.regionLevel.vi': 'Cấp đơn vị lọc (tiếng Việt)',
  'meta:geography.regionLevel.en': 'Cấp đơn vị lọc (tiếng Anh)',
  'meta:geography.validFrom': 'Địa giới hiệu lực từ',
  'meta:geography.validUntil': 'Địa giới hiệu lực đến',
  'sources:name': 'Tên nguồn',
  'sources:url': 'Địa chỉ web',
  'sources:date': 'Ngày',
  'sources:note': 'Ghi chú',
  'regions:id': 'Mã huyện',
  'regions:name': 'Tên',
  'regions:type': 'Loại đơn vị',
  'regions:geometry.type': 'Loại ranh giới',
  'communes:code': 'Mã xã',
  'communes:name': 'Tên',
  'communes:type': 'Loại đơn vị',
  'communes:regionId': 'Mã huyện',
  'subjects:id': 'Mã chủ thể',
  'subjects:name': 'Tên chủ thể',
  'subjects:type': 'Loại chủ thể',
  'subjects:regionId': 'Mã huyện',
  'subjects:communeCode': 'Mã xã',
  'subjects:modernChannels': 'Bán qua kênh hiện đại',
  'products:id': 'Mã sản phẩm',
  'products:name': 'Tên sản phẩm',
  'products:group': 'Nhóm sản phẩm',
  'products:subjectId': 'Mã chủ thể',
  'products:communeCode': 'Mã xã',
  'products:stars': 'Số sao',
  'products:ratingYear': 'Năm đánh giá',
  'products:firstRecognisedYear': 'Năm công nhận lần đầu',
  'products:previousStars': 'Số sao trước đó',
  'products:decisionDate': 'Ngày quyết định',
  'products:expiryDate': 'Ngày hết hiệu lực',
  'products:status': 'Tình trạng',
  'criteriaSets:id': 'Mã bộ tiêu chí',
  'criteriaSets:label.vi': 'Tên bộ tiêu chí (tiếng Việt)',
  'criteriaSets:label.en': 'Tên bộ tiêu chí (tiếng Anh)',
  'criteria:id': 'Mã tiêu chí',
  'criteria:name.vi': 'Tên tiêu chí (tiếng Việt)',
  'criteria:name.en': 'Tên tiêu chí (tiếng Anh)',
  'ntmCommunes:communeCode': 'Mã xã',
  'ntmCommunes:level': 'Mức đạt chuẩn',
  'ntmCommunes:yearRecognised': 'Năm công nhận',
  'ntmCommunes:criteriaSet': 'Bộ tiêu chí',
  'ntmCommunes:criteriaMet': 'Số tiêu chí đạt',
  'ntmCommunes:criteriaTotal': 'Tổng số tiêu chí',
  'communeCriteria:id': 'Mã tiêu chí',
  'communeCriteria:met': 'Đạt',
  'ntmHistory:year': 'Năm',
  'ntmHistory:level': 'Mức đạt chuẩn',
  'ntmHistory:criteriaMet': 'Số tiêu chí đạt',
  'craftVillages:id': 'Mã làng nghề',
  'craftVillages:name': 'Tên làng nghề',
  'craftVillages:communeCode': 'Mã xã',
  'craftVillages:craft': 'Nghề',
  'craftVillages:recognised': 'Đang được công nhận',
  'craftVillages:recognisedYear': 'Năm công nhận',
  'craftVillages:traditional': 'Làng nghề truyền thống',
  'craftVillages:subjectIds': 'Mã chủ thể OCOP',
  'targets:id': 'Mã mục tiêu',
  'targets:label.vi': 'Tên mục tiêu (tiếng Việt)',
  'targets:label.en': 'Tên mục tiêu (tiếng Anh)',
  'targets:area': 'Lĩnh vực',
  'targets:metric': 'Chỉ số',
  'targets:comparison': 'Cách so sánh',
  'targets:value': 'Giá trị mục tiêu',
  'targets:valueMax': 'Giá trị tối đa',
  'targets:unit': 'Đơn vị',
  'targets:deadline': 'Thời hạn',
  'targets:baseline.value': 'Giá trị gốc',
  'targets:baseline.date': 'Ngày của giá trị gốc',
  'targets:source.name': 'Nguồn: tên',
  'targets:source.url': 'Nguồn: địa chỉ web',
  'targets:source.date': 'Nguồn: ngày',
  'targets:source.note': 'Nguồn: ghi chú',
  'targets:reported.value': 'Số báo cáo',
  'targets:reported.asOf': 'Số báo cáo: tính đến ngày',
  'targets:reported.source.name': 'Số báo cáo: nguồn',
  'targets:reported.source.url': 'Số báo cáo: địa chỉ web',
  'targets:reported.source.date': 'Số báo cáo: ngày nguồn',
  'targets:reported.source.note': 'Số báo cáo: ghi chú',
  'targets:regionIds': 'Mã huyện áp dụng',
};

function headerOf(key: string): string {
  const header = HEADERS[key];
  if (!header) throw new Error(`no header for ${key}`);
  return header;
}

export const headerFor = (sheet: SheetKey) => (path: string) => HEADERS[`${sheet}:${path}`];

/** The parent's key as the first column of a nested sheet (its header is the parent sheet's own). */
function parentColumn(header: string): Column {
  return { key: ['@parent'], header, kind: 'text', required: true };
}

/** The element schema of an array field of a record schema (ntm commune → its criteria). */
function elementOf(schema: z.ZodType, field: string): z.ZodType {
  const array = unwrap(asIntrospected(schema)).inner.shape?.[field];
  const element = array && unwrap(array).inner.def.element;
  if (!element) throw new Error(`${field} is not a list`);
  return element as unknown as z.ZodType;
}

function table(key: SheetKey, name: string, schema: z.ZodType, extra: Omit<SheetSpec, 'key' | 'name' | 'columns'>, skip: string[] = []) {
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
