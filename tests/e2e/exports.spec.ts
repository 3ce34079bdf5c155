// A chart's downloads as a planner uses them: the Excel workbook read back equals the chart's table, the CSV suits
// Vietnamese spreadsheets and says where it comes from, the PNG is an image; names carry area, districts and date.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readSheet } from '../xlsx-reader';
import { trackErrors } from './helpers';

async function download(page: Page, figureOrId: string | Locator, item: RegExp) {
  const figure = typeof figureOrId === 'string' ? page.getByTestId(figureOrId) : figureOrId;
  await figure.getByText(/^(Tải về|Download)$/).click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path };
}

/** A table cell as a number: "1.234,5" (vi) or "82,2%" → 1234.5 / 82.2. */
const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.').replace('%', '').trim());

/** Downloads the figure's workbook and checks it against the figure's own table and the view's facts. */
async function checkWorkbook(page: Page, figure: Locator, fileName: RegExp) {
  await figure.scrollIntoViewIfNeeded();
  const id = (await figure.getAttribute('data-testid')) ?? '';
  const { name, path } = await download(page, figure, /Excel/);
  expect(name).toMatch(fileName);
  execFileSync('unzip', ['-tq', path]);
  const data = readSheet(execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }));
  const about = readSheet(execFileSync('unzip', ['-p', path, 'xl/worksheets/sheet2.xml'], { encoding: 'utf8' }));
  // The same figures as the table alternative on the page.
  await figure.getByRole('button', { name: 'Xem dạng bảng' }).click();
  const header = await figure.locator('thead th').allTextContents();
  const body = await figure.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
  expect(data[0]).toEqual(header);
  expect(data.length - 1).toBe(body.length);
  body.forEach((row, i) => {
    row.forEach((cell, j) => {
      const stored = data[i + 1]?.[j];
      if (j === 0) expect(String(stored)).toBe(cell);
      else if (typeof stored === 'number') expect(stored, `${id} row ${i} col ${j}`).toBeCloseTo(number(cell), 1);
      else expect(stored ?? '', `${id} row ${i} col ${j}`).toBe(cell);
    });
  });
  expect(data.slice(1).some((r) => r.slice(1).some((v) => typeof v === 'number'))).toBe(true);
  const facts = Object.fromEntries(about.filter((r) => r.length === 2).map(([k, v]) => [k, v]));
  expect(facts).toMatchObject({
    'Phạm vi': 'Huyện Tiền Hải và Huyện Kiến Xương',
    'Số liệu đến ngày': '30/06/2025',
    'Số liệu minh họa': 'có',
  });
  expect(String(facts['Nguồn'])).not.toBe('');
  expect(String(facts['Bộ lọc'])).toContain('năm 2025');
  await figure.getByRole('button', { name: 'Xem biểu đồ' }).click();
}

test('Excel workbook: numbers stored as numbers equal the chart’s table; a sheet says source, date, filters, sample', async ({ page }) => {
  const errors = trackErrors(page);
  // Two districts merged into one set of bars…
  await page.goto('/?district=342,343&merge=1');
  for (const id of ['ocop-stars-by-year', 'ocop-rated-3plus-share'])
    await checkWorkbook(page, page.getByTestId(id), /^ocop-2025-.+_huyen-tien-hai\+huyen-kien-xuong_2025-06-30\.xlsx$/);
  // …and one line per district, the default when districts are compared.
  await page.goto('/?district=342,343');
  await expect(page.getByTestId('ocop-stars-by-year')).toHaveCount(0);
  await checkWorkbook(
    page,
    page.getByTestId('district-lines').first(),
    /^ocop-.+-by-district.*_huyen-tien-hai\+huyen-kien-xuong_2025-06-30\.xlsx$/,
  );
  expect(errors).toEqual([]);
});

test('CSV: BOM, ";" and decimal commas for Vietnamese, formula escaping kept, district, date and source rows', async ({ page }) => {
  await page.goto('/?district=342');
  const id = 'ocop-rated-3plus-share';
  await page.getByTestId(id).scrollIntoViewIfNeeded();
  const { name, path } = await download(page, id, /CSV/);
  expect(name).toMatch(/_huyen-tien-hai_2025-06-30\.csv$/);
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]?.split(';').length).toBeGreaterThan(2);
  expect(text).toMatch(/;\d+,\d(\r\n|;)/); // a share like 88,9
  expect(text).toContain('Phạm vi;Huyện Tiền Hải');
  expect(text).toContain('Số liệu đến ngày;30/06/2025');
  expect(text).toMatch(/Nguồn;.+/);
});

test('PNG: an image of the chart with its words drawn in', async ({ page }) => {
  await page.goto('/?lang=en');
  const id = 'ocop-stars-by-year';
  await page.getByTestId(id).scrollIntoViewIfNeeded();
  const { name, path } = await download(page, id, /PNG/);
  expect(name).toMatch(/^ocop-2025-.+_whole-province_2025-06-30\.png$/);
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chart = await page.getByTestId(id).locator('svg.recharts-surface').first().boundingBox();
  expect(width).toBeGreaterThan((chart?.width ?? 0) * 2);
  expect(height).toBeGreaterThan((chart?.height ?? 0) * 2 + 150); // title, summary, legend and footer lines around it
});
