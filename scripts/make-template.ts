// `npm run template [-- -o file.xlsx] [--empty]`: the data workbook, generated from the contract, with the built-in
// sample as example rows (or none with --empty).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CURRENT_SCHEMA_VERSION } from '../src/contract/values';
import { documentToRows } from '../src/data/workbook/to-rows';
import { writeWorkbook } from './workbook-cli/write-xlsx';

const SAMPLE = new URL('../public/data/thai-binh-sample.json', import.meta.url);

const { values } = parseArgs({
  options: { output: { type: 'string', short: 'o', default: 'mau-du-lieu-ocop-ntm.xlsx' }, empty: { type: 'boolean', default: false } },
});
// An empty workbook still says which contract version it is written for.
const doc = values.empty ? { meta: { schemaVersion: CURRENT_SCHEMA_VERSION } } : JSON.parse(readFileSync(SAMPLE, 'utf8'));
const sheets = documentToRows(doc);
await writeWorkbook(sheets, values.output);
console.log(
  `${values.output}: ${sheets.length} trang tính, ${sheets.reduce((n, s) => n + s.rows.length, 0)} dòng dữ liệu${values.empty ? '' : ' (dữ liệu mẫu)'}`,
);
