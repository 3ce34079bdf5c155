// One rule for every chart: nothing after the selected year, in the drawing's table alternative or the card trends.
import { expect, test, type Page } from '@playwright/test';
import { trackErrors } from './helpers';

/** Every 4-digit year in the first column of every chart's table alternative, and in the card trends' names. */
async function yearsShown(page: Page): Promise<number[]> {
  for (const id of ['ocop', 'ntm', 'craft']) await expect(page.locator(`#section-${id} figure.chart-figure`).first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const figures = page.locator('figure.chart-figure');
  const count = await figures.count();
  expect(count).toBeGreaterThanOrEqual(6);
  const years: number[] = [];
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole('button', { name: 'Xem dạng bảng' }).click();
    await expect(figure.locator('table tbody tr').first()).toBeVisible();
    const first = await figure
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')?.textContent ?? ''));
    for (const text of first) for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(m[0]));
  }
  const trends = await page
    .locator('[data-testid="sparkline"] svg')
    .evaluateAll((svgs) => svgs.map((s) => s.getAttribute('aria-label') ?? ''));
  for (const text of trends) for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(m[0]));
  return years;
}

for (const [view, url] of [
  ['the whole province', '/?year=2022'],
  ['two districts, one line each', '/?district=342,344&year=2022'],
] as const) {
  test(`${view} at 2022: no chart's table alternative nor card trend has a year after 2022`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(url);
    const years = await yearsShown(page);
    expect(years.length).toBeGreaterThan(0);
    expect(years).toContain(2022);
    expect(years.filter((y) => y > 2022)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
