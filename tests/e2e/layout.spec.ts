// Layout at the three sizes people use: projector 1920×1080, laptop 1366×768, a 390-wide phone.
// Screenshots land in test-results/screens/ to be looked at; the assertions are about what must hold.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

for (const [name, width, height] of [
  ['projector', 1920, 1080],
  ['laptop', 1366, 768],
  ['phone', 390, 844],
] as const) {
  test(`${name} ${width}×${height}: no sideways scroll, nothing jumps when data arrives`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      (window as unknown as { __cls: number }).__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!e.hadRecentInput) (window as unknown as { __cls: number }).__cls += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/');
    await expect(page.locator('article[data-target-id]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Cumulative layout shift of the load, above the fold: "good" is below 0.1.
    expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.1);
    await page.screenshot({ path: `test-results/screens/${name}-top.png` });
    await page.screenshot({ path: `test-results/screens/${name}-full.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
}
