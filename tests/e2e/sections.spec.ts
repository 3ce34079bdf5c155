// The charts, tables and map as planners use them on the built-in data.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

test('typing "vu le" in the commune table finds Xã Vũ Lễ, whose detail shows its criteria and history', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  const search = page.getByRole('searchbox', { name: 'Tìm xã (gõ không dấu cũng được)' });
  await search.fill('vu le');
  const table = page.locator('#section-ntm table').last();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr').first()).toContainText('Xã Vũ Lễ');
  await expect(table.locator('tbody tr').first()).toContainText('Huyện Kiến Xương');
  await expect(table.locator('tbody tr').first()).toContainText('19/19');
  await table.getByRole('button', { name: 'Xã Vũ Lễ' }).click();
  const detail = page.locator('.ntm-detail');
  await expect(detail.getByRole('heading', { name: /Xã Vũ Lễ/ })).toBeFocused();
  await expect(detail).toContainText('Quá trình đạt chuẩn');
  await expect(detail).toContainText('NTM nâng cao');
  await expect(detail).toContainText('2025');
  await page.keyboard.press('Escape');
  await expect(table.getByRole('button', { name: 'Xã Vũ Lễ' })).toBeFocused();
  expect(errors).toEqual([]);
});

test('recently certified communes list Vũ Lễ and Đông Xá without searching', async ({ page }) => {
  await page.goto('/');
  const recent = page.locator('#section-ntm ol').first();
  await expect(recent).toContainText('Xã Vũ Lễ');
  await expect(recent).toContainText('Xã Đông Xá');
});

test('a district on the map filters the page, by mouse and by keyboard', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  const tienHai = page.locator('#section-map [role="button"][aria-label^="Huyện Tiền Hải"]');
  await tienHai.click();
  await expect(page).toHaveURL(/district=342/);
  await expect(page.getByRole('checkbox', { name: 'Huyện Tiền Hải' })).toBeChecked();
  await expect(tienHai).toHaveAttribute('aria-pressed', 'true');
  const vuThu = page.locator('#section-map [role="button"][aria-label^="Huyện Vũ Thư"]');
  await vuThu.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/district=342,344/);
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/district=342$/);
  expect(errors).toEqual([]);
});

test('every chart has a one-line summary and the same data as a table', async ({ page }) => {
  await page.goto('/');
  for (const id of ['ntm', 'craft']) await expect(page.locator(`#section-${id} figure.chart-figure`).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const figures = page.locator('figure.chart-figure');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await expect(figure.locator('.chart-figure__summary')).not.toBeEmpty();
    await figure.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(figure.locator('table tbody tr').first()).toBeVisible();
    await figure.getByRole('button', { name: 'Xem biểu đồ' }).click();
  }
});

test('no chart draws more than ~150 marks, even with every district selected', async ({ page }) => {
  await page.goto('/?district=336,338,339,340,341,342,343,344');
  for (const id of ['ocop', 'ntm', 'craft']) await expect(page.locator(`#section-${id} .chart-figure`).first()).toBeVisible();
  // Charts further down draw only near the viewport: scroll each one into view and count its marks once drawn.
  const figures = page.locator('.chart-figure');
  const n = await figures.count();
  const marks: number[] = [];
  for (let i = 0; i < n; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    const wrapper = figure.locator('.recharts-wrapper');
    if ((await wrapper.count()) === 0) continue; // a figure without a chart (a list, or nothing to draw)
    await expect(wrapper.first().locator('.recharts-surface').first()).toBeVisible();
    marks.push(await wrapper.first().evaluate((w) => w.querySelectorAll('.recharts-rectangle, .recharts-dot, .recharts-sector').length));
  }
  // With several districts the over-the-years charts draw one SVG line per district (not Recharts): ≥ 6 Recharts charts remain.
  expect(marks.length).toBeGreaterThanOrEqual(6);
  expect(Math.max(...marks)).toBeLessThanOrEqual(150);
});
