// "Mở tệp dữ liệu": a local document (JSON, or an .xlsx workbook) is checked in the browser, shown under a banner, never
// uploaded; leaving returns to the source.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { invalidDocument, partialDocument } from '../../mocks/fixtures/broken-documents';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { writeWorkbook } from '../../scripts/workbook-cli/write-xlsx';
import { documentToRows, FIRST_DATA_ROW, type SheetRows } from '../../src/data/workbook/to-rows';
import { axeViolations, trackErrors } from './helpers';

/** Target cards the built-in sample shows. */
const SAMPLE_TARGETS: number = JSON.parse(readFileSync(new URL('../../public/data/thai-binh-sample.json', import.meta.url), 'utf8')).targets
  .length;

// axe-core is injected as a script, which the page's own CSP would refuse.
test.use({ bypassCSP: true });

async function openFile(page: Page, name: string, body: string, mimeType = 'application/json') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Mở tệp dữ liệu' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer: Buffer.from(body) });
}

/** Requests that could carry the file away: anything but a GET, or any address naming the file. */
function watchUploads(page: Page, name: string): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.method() !== 'GET' || r.url().includes(name)) seen.push(`${r.method()} ${r.url()}`);
  });
  return seen;
}

test('a valid local file is previewed under a banner, never uploaded, and leaving returns to the published data', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  const uploads = watchUploads(page, 'ban-nhap.json');
  const doc = buildSmallDocument();
  doc.meta.province.name = 'Tỉnh Bản Nháp';
  await openFile(page, 'ban-nhap.json', JSON.stringify(doc));

  const banner = page.getByTestId('preview-banner');
  await expect(banner).toContainText('Đang xem trước tệp trên máy');
  await expect(banner).toContainText('"ban-nhap.json"');
  await expect(banner).toContainText('không phải số liệu đã công bố');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Bản Nháp');
  await expect(page.locator('article[data-target-id]')).toHaveCount(doc.targets.length);
  expect(await axeViolations(page)).toEqual([]);

  await banner.getByRole('button', { name: 'Thoát xem trước, về nguồn dữ liệu chính thức' }).click();
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  expect(uploads).toEqual([]);
  expect(errors).toEqual([]);
});

test('a broken local file lists its problems by place and shows no figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  await openFile(page, 'loi.json', JSON.stringify(invalidDocument()));
  const banner = page.getByRole('alert').filter({ hasText: 'Tệp "loi.json" có lỗi' });
  await expect(banner).toBeVisible();
  // A broken structure (meta.asOf missing, communes not a list): nothing of it is shown.
  await expect(banner).toContainText('Tài liệu có 2 lỗi');
  await expect(banner).toContainText('meta.asOf: thiếu trường bắt buộc');
  await expect(page.locator('article[data-target-id]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('a local file with a few bad records shows the rest, names each left-out record, and stays flagged as a preview', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  await openFile(page, 'mot-phan.json', JSON.stringify(partialDocument()));
  await expect(page.getByTestId('preview-banner')).toContainText('mot-phan.json');
  await expect(page.locator('article[data-target-id]').first()).toBeVisible();
  await expect(page.getByText(/Đã bỏ qua \d+ bản ghi lỗi/).first()).toBeVisible();
  await expect(page.getByText('ocop.products[1].stars', { exact: false }).first()).toBeAttached();
});

/** The small document as the workbook `npm run template` writes for it (the project's own writer), with `edit` applied to its rows. */
async function workbookFile(name: string, doc: unknown, edit?: (sheets: SheetRows[]) => void): Promise<string> {
  const sheets = documentToRows(doc);
  edit?.(sheets);
  const file = join(mkdtempSync(join(tmpdir(), 'preview-xlsx-')), name);
  await writeWorkbook(sheets, file);
  return file;
}

async function openPath(page: Page, button: string, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

test('a workbook with a broken row names it by sheet, row and column, like the import command; a good one is previewed, never uploaded', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  const uploads = watchUploads(page, '.xlsx');

  // Stars 7 in the second product row: spreadsheet row FIRST_DATA_ROW + 1.
  const broken = await workbookFile('so-lieu-loi.xlsx', buildSmallDocument(), (sheets) => {
    const products = sheets.find((s) => s.spec.name === 'Sản phẩm')!;
    (products.rows[1] as unknown[])[products.header.indexOf('Số sao')] = 7;
  });
  await openPath(page, 'Mở tệp dữ liệu', broken);
  const alert = page.getByRole('alert').filter({ hasText: 'Tệp "so-lieu-loi.xlsx" có lỗi' });
  await expect(alert).toContainText('Bảng tính có 1 lỗi');
  await expect(alert.getByRole('listitem')).toHaveText([`Sản phẩm, dòng ${FIRST_DATA_ROW + 1}, cột Số sao: phải từ 1 đến 5, nhận được 7`]);
  await expect(page.locator('article[data-target-id]')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);

  const doc = buildSmallDocument();
  doc.meta.province.name = 'Tỉnh Bảng Tính';
  const good = await workbookFile('so-lieu.xlsx', doc);
  await openPath(page, 'Mở tệp dữ liệu', good);
  const banner = page.getByTestId('preview-banner');
  await expect(banner).toContainText('Đang xem trước tệp trên máy');
  await expect(banner).toContainText('"so-lieu.xlsx"');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Bảng Tính');
  await expect(page.locator('article[data-target-id]')).toHaveCount(doc.targets.length);

  await banner.getByRole('button', { name: 'Thoát xem trước, về nguồn dữ liệu chính thức' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  expect(uploads).toEqual([]);
  expect(errors).toEqual([]);
});

test('in English the workbook problem keeps its place; a file that is not a workbook says so', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  const broken = await workbookFile('book.xlsx', buildSmallDocument(), (sheets) => {
    const products = sheets.find((s) => s.spec.name === 'Sản phẩm')!;
    (products.rows[1] as unknown[])[products.header.indexOf('Số sao')] = 7;
  });
  await openPath(page, 'Open a data file', broken);
  const alert = page.getByRole('alert').filter({ hasText: 'The file "book.xlsx" has problems' });
  await expect(alert).toContainText('The workbook has 1 problem(s)');
  await expect(alert.getByRole('listitem')).toHaveText([
    `Sản phẩm, row ${FIRST_DATA_ROW + 1}, column Số sao: must be between 1 and 5, got 7`,
  ]);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a data file' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'so-lieu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('Mã xã,Tên\n1,Vũ Lễ\n'),
  });
  const unreadable = page.getByRole('alert').filter({ hasText: 'The file "so-lieu.xlsx" has problems' });
  await expect(unreadable).toContainText('Could not read the file as an Excel (.xlsx) workbook: the file is not an .xlsx workbook');
  await unreadable.getByRole('button', { name: 'Leave the preview, back to the published data' }).click();
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
});
