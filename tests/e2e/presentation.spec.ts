// Presentation mode as a presenter uses it: start, arrow keys, a shareable slide in the URL, Escape to leave.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

test('present: start, move with the keyboard, share the slide, exit with Escape', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await expect(page.locator('.targets article[data-target-id]').first()).toBeVisible();
  const achieved = await page.locator('.targets [data-status="achieved"]').count();
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  const deck = page.locator('section.presentation');
  await expect(deck).toHaveAttribute('aria-label', /^Trang 1\/\d+$/);
  const count = Number((await deck.getAttribute('aria-label'))?.split('/')[1]);
  await expect(deck.locator('.slide__count').first()).toHaveText(String(achieved)); // as many achieved as the cards say
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: /^OCOP/ })).toBeVisible();
  await expect(page).toHaveURL(/slide=2/);
  await page.keyboard.press('End');
  await expect(deck.getByTestId('map-slide')).toBeVisible();
  await page.keyboard.press('ArrowRight'); // stays on the last slide
  await expect(deck).toHaveAttribute('aria-label', `Trang ${count}/${count}`);
  // A copied link opens the same slide.
  await page.goto('/?slide=2&district=342');
  await expect(page.locator('section.presentation').getByRole('heading', { level: 2, name: /^OCOP/ })).toBeVisible();
  await expect(page.locator('section.presentation')).toContainText('Huyện Tiền Hải');
  await page.keyboard.press('Escape');
  await expect(page.locator('section.presentation')).toHaveCount(0);
  await expect(page).toHaveURL(/\?district=342$/);
  expect(errors).toEqual([]);
});
