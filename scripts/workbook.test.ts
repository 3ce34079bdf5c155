// @vitest-environment node
// `npm run template` and `npm run import`: a workbook generated from the contract, filled in, converted back and checked.
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHEETS } from '../src/data/workbook/sheets';

const DIR = mkdtempSync(join(tmpdir(), 'workbook-'));
const TEMPLATE = join(DIR, 'template.xlsx');
const sample = JSON.parse(readFileSync(new URL('../public/data/thai-binh-sample.json', import.meta.url), 'utf8'));

function run(script: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', script, ...args], (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('spreadsheet template and import', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const r = await run('scripts/make-template.ts', '-o', TEMPLATE);
    expect(r.code, r.stderr).toBe(0);
  }, 120_000);

  it('the template has one sheet per block, Vietnamese headers, a notes row, drop-downs and the sample as example rows', async () => {
    const wb = await load(TEMPLATE);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS.map((s) => s.name));
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Thông tin chung', 'Huyện', 'Xã', 'Chủ thể OCOP', 'Sản phẩm', 'Xã NTM', 'Làng nghề', 'Mục tiêu']),
    );
    const products = wb.getWorksheet('Sản phẩm')!;
    const header = (products.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(['Mã sản phẩm', 'Tên sản phẩm', 'Nhóm sản phẩm', 'Số sao', 'Tình trạng']));
    const stars = header.indexOf('Số sao') + 1;
    expect(products.getCell(2, stars).value).toBe('Bắt buộc · số nguyên từ 1 đến 5');
    const group = header.indexOf('Nhóm sản phẩm') + 1;
    expect(products.getCell(3, group).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"food,drinks,herbal,handicraft,ornamental,tourism"'],
    });
    // New rows below the examples get the drop-down too.
    expect(products.getCell(3 + sample.ocop.products.length + 10, group).dataValidation?.type).toBe('list');
    expect(products.actualRowCount).toBe(2 + sample.ocop.products.length);
    expect(products.getCell(3, 1).value).toBe(sample.ocop.products[0].id);
    const villages = wb.getWorksheet('Làng nghề')!;
    const recognised = (villages.getRow(1).values as unknown[]).indexOf('Đang được công nhận');
    expect(villages.getCell(3, recognised).dataValidation?.formulae).toEqual(['"có,không"']);
    const meta = wb.getWorksheet('Thông tin chung')!;
    expect((meta.getRow(1).values as unknown[]).slice(1)).toEqual(['Trường', 'Mã trường', 'Giá trị', 'Ghi chú']);
  });

  it('round trip: the sample written to the workbook and imported back equals the sample', async () => {
    const out = join(DIR, 'round-trip.json');
    const r = await run('scripts/import-workbook.ts', TEMPLATE, '-o', out);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('hợp lệ');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(sample);
  });

  it('a broken workbook: problems by sheet, row and column, exit 1, nothing written', async () => {
    const wb = await load(TEMPLATE);
    const products = wb.getWorksheet('Sản phẩm')!;
    const stars = (products.getRow(1).values as unknown[]).indexOf('Số sao');
    products.getCell(14, stars).value = 7;
    const history = wb.getWorksheet('Lịch sử NTM')!;
    history.getCell(3, 1).value = '99999';
    products.getCell(1, 20).value = 'Cột lạ';
    const broken = join(DIR, 'broken.xlsx');
    await wb.xlsx.writeFile(broken);
    const out = join(DIR, 'broken.json');
    const vi = await run('scripts/import-workbook.ts', broken, '-o', out);
    expect(vi.code).toBe(1);
    expect(vi.stdout).toContain('Sản phẩm, dòng 14, cột Số sao: phải từ 1 đến 5, nhận được 7');
    expect(vi.stdout).toContain('Lịch sử NTM, dòng 3, cột Mã xã: không có "99999" trong trang Xã NTM');
    expect(vi.stdout).toContain('Sản phẩm, cột Cột lạ: cột này không có trong mẫu');
    expect(existsSync(out)).toBe(false);
    const en = await run('scripts/import-workbook.ts', broken, '-o', out, '--lang', 'en', '--json');
    expect(en.code).toBe(1);
    const report = JSON.parse(en.stdout);
    expect(report).toMatchObject({ valid: false, total: 3 });
    expect(report.problems).toContainEqual({
      place: 'Sản phẩm, row 14, column Số sao',
      message: 'must be between 1 and 5, got 7',
      path: `ocop.products[11].stars`,
      code: 'range',
    });
  });

  it('a file that is not a workbook, or no output named: exit 2', async () => {
    const notXlsx = join(DIR, 'not.xlsx');
    writeFileSync(notXlsx, 'not a workbook');
    const bad = await run('scripts/import-workbook.ts', notXlsx, '-o', join(DIR, 'x.json'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Không đọc được');
    const usage = await run('scripts/import-workbook.ts', TEMPLATE);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('npm run import --');
  });
});
