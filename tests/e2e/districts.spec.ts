// Planners: the district scorecard on the hand-checked small document (figures as in district-scorecard.test.ts),
// sorting, a row filtering the page.
import { expect, test } from '@playwright/test';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { serveFixture, trackErrors } from './helpers';

test.beforeEach(async ({ page }) => {
  await serveFixture(page, '/fixtures/small.json', buildSmallDocument());
});

test('the scorecard shows each district against each target, as computed in the domain tests', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/?source=/fixtures/small.json&year=2025');
  const card = page.getByTestId('scorecard');
  await expect(card).toBeVisible({ timeout: 20_000 });
  const row = (id: string) => card.locator(`tbody tr[data-region-id="${id}"]`);
  await expect(card.locator('tbody tr')).toHaveCount(3);
  // Columns in document order: rated (share), five, advanced, villages (counts).
  const cells = async (id: string) =>
    row(id)
      .locator('td')
      .evaluateAll((tds) =>
        tds.map((td) => [
          td.getAttribute('data-mark'),
          td
            .querySelector('.scorecard__value')
            ?.textContent?.replace(/,\s.*$/, '')
            .trim(),
        ]),
      );
  expect(await cells('A')).toEqual([
    ['below', '! 66,7%'],
    ['below', '! 0'],
    ['meets', '✓ 2'],
    ['meets', '✓ 1'],
  ]);
  expect(await cells('B')).toEqual([
    ['meets', '✓ 100%'],
    ['meets', '✓ 1'],
    ['below', '! 0'],
    ['below', '! 0'],
  ]);
  expect(await cells('C')).toEqual([
    ['no-data', '– —'],
    ['below', '! 0'],
    ['below', '! 0'],
    ['below', '! 0'],
  ]);
  // Counts carry the district's part of the province total.
  await expect(row('A').locator('td').nth(2)).toContainText('100% của tỉnh');

  // Sorting by the first target, highest first; a district without a value goes last.
  await card.getByRole('button', { name: /Sản phẩm đạt 3 sao/ }).click();
  await expect(card.locator('tbody tr').first()).toHaveAttribute('data-region-id', 'B');
  await expect(card.locator('tbody tr').last()).toHaveAttribute('data-region-id', 'C');
  await expect(card.locator('thead th').nth(1)).toHaveAttribute('aria-sort', 'descending');

  // A row filters the page to its district.
  await row('A').getByRole('button', { name: 'Huyện An' }).click();
  await expect(page).toHaveURL(/district=A/);
  await expect(row('A')).toContainText('đang chọn');
  expect(errors).toEqual([]);
});

test('two districts selected: the over-the-years charts draw one series each; the switch adds them together', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/?district=342,344&year=2024');
  for (const id of ['ocop', 'ntm', 'craft']) {
    const chart = page.locator(`#section-${id} [data-testid="district-lines"]`).first();
    await expect(chart).toBeVisible({ timeout: 20_000 });
    const names = await chart.locator('path[data-series]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-series')));
    expect(names.sort()).toEqual(['Huyện Tiền Hải', 'Huyện Vũ Thư']);
    // Every chart ends at the selected year.
    await expect(chart.locator('text.district-lines__tick').last()).toHaveText('2024');
  }
  await page.getByRole('checkbox', { name: 'Gộp các huyện/thành phố đã chọn' }).check();
  await expect(page).toHaveURL(/merge=1/);
  await expect(page.locator('[data-testid="district-lines"]')).toHaveCount(0);
  await expect(page.locator('#section-ntm figure.chart-figure').first()).toBeVisible();
  expect(errors).toEqual([]);
});
