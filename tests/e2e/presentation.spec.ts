// Presentation mode as a presenter uses it: start, arrow keys, a shareable slide in the URL, Escape to leave.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

test('present: start, move with the keyboard, share the slide, exit with Escape', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  const deck = page.locator('section.presentation');
  await expect(deck).toHaveAttribute('aria-label', 'Trang 1/5');
  await expect(deck.getByText('4', { exact: true })).toBeVisible(); // 4 of the province's targets achieved in the built-in data
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: 'OCOP' })).toBeVisible();
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('End'); // the last slide: Vũ Thư's own target, apart from the province's
  await expect(deck.locator('article[data-target-id="ntm-2024-vu-thu-advanced-8"]')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // stays on the last slide
  await expect(deck).toHaveAttribute('aria-label', 'Trang 5/5');
  // A copied link opens the same slide.
  await page.goto('/?slide=3&district=342');
  await expect(page.locator('section.presentation').getByRole('heading', { level: 2, name: 'Nông thôn mới' })).toBeVisible();
  await expect(page.locator('section.presentation')).toContainText('Huyện Tiền Hải');
  await page.keyboard.press('Escape');
  await expect(page.locator('section.presentation')).toHaveCount(0);
  await expect(page).toHaveURL(/\?district=342$/);
  expect(errors).toEqual([]);
});
