// axe (WCAG 2.2 A/AA) on the overview, a filtered view and the English view; keyboard reach.
import { expect, test } from '@playwright/test';
import { axeViolations, trackErrors } from './helpers';

// axe is injected as a script; the built page's Content-Security-Policy (rightly) forbids that.
test.use({ bypassCSP: true });

for (const [name, path] of [
  ['overview', '/'],
  ['filtered view', '/?district=342,343&year=2024'],
  ['English view', '/?lang=en'],
] as const) {
  test(`axe finds no WCAG 2.2 A/AA violations: ${name}`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto(path);
    await expect(page.locator('article[data-target-id]').first()).toBeVisible();
    for (const id of ['ntm', 'craft']) await expect(page.locator(`#section-${id} figure`).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the page language follows the switch', async ({ page }) => {
  await page.goto('/?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the skip link and the filters are reachable by keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[data-target-id]').first()).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' })).toBeFocused();
  await page.keyboard.press('Enter');
  // From main, Tab reaches the first district checkbox; Space selects it.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await page.getByRole('checkbox', { name: 'Huyện Đông Hưng' }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole('checkbox', { name: 'Huyện Đông Hưng' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/district=340/);
});
