// "Mở tệp dữ liệu": a local document is checked in the browser, shown under a banner, never uploaded; leaving returns to the source.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { invalidDocument, partialDocument } from '../../mocks/fixtures/broken-documents';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
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

test('a workbook is pointed to the import command (the page previews JSON only)', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a data file' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'so-lieu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from('PK'),
  });
  const banner = page.getByRole('alert').filter({ hasText: '"so-lieu.xlsx" is an Excel workbook' });
  await expect(banner).toContainText('npm run import -- file.xlsx -o document.json');
  await banner.getByRole('button', { name: 'Leave the preview, back to the published data' }).click();
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
});
