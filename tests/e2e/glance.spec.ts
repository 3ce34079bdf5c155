// Leaders' first screen: every target's status inside the first viewport, in Vietnamese and English, at the
// laptop and projector sizes; each line jumps to its card; axe stays clean.
import { expect, test } from '@playwright/test';
import { axeViolations, trackErrors } from './helpers';

test.use({ bypassCSP: true });

for (const [width, height] of [
  [1366, 768],
  [1920, 1080],
] as const) {
  for (const lang of ['vi', 'en'] as const) {
    test(`${width}×${height} ${lang}: every target's status is in the first viewport`, async ({ page }) => {
      test.setTimeout(90_000);
      const errors = trackErrors(page);
      await page.setViewportSize({ width, height });
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      const cards = page.locator('article[data-target-id]');
      await expect(cards.first()).toBeVisible();
      const targetIds = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-target-id')));
      expect(targetIds.length).toBeGreaterThan(0);
      const lines = page.locator('.status-line');
      await expect(lines).toHaveCount(targetIds.length);
      for (const id of targetIds) {
        const line = page.locator(`.status-line[data-target-id="${id}"]`);
        const status = await page.locator(`article[data-target-id="${id}"] [data-status]`).getAttribute('data-status');
        // The line carries the same status as the card: word and icon, not colour alone.
        await expect(line.locator('[data-status]')).toHaveAttribute('data-status', status!);
        const box = await line.boundingBox();
        expect(box, `status line ${id}`).not.toBeNull();
        expect(box!.y + box!.height, `status line ${id} ends inside the first viewport`).toBeLessThanOrEqual(height);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width);
        // The short name is not cut: its text fits its box.
        const name = line.locator('.status-line__name');
        const cut = await name.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        expect(cut, `short name of ${id} fits`).toBe(false);
      }
      // A district's own target says whose it is: the sample has Vũ Thư's 2024 plan beside the province's 120.
      await expect(page.locator('.status-line[data-target-id="ntm-2024-vu-thu-advanced-8"] .status-line__name')).toHaveText(
        lang === 'en' ? /in Vũ Thư$/ : /ở Vũ Thư$/,
      );
      // Behind first: the order of urgency never goes back.
      const rank = { 'off-track': 0, 'at-risk': 1, 'no-data': 2, 'on-track': 3, achieved: 4 } as Record<string, number>;
      const order = await lines.evaluateAll((els) => els.map((el) => el.getAttribute('data-status') ?? ''));
      expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s]!)].sort((a, b) => a - b));
      // The headline names each target behind by the same short name as its line.
      const behind = await page.getByTestId('behind').textContent();
      for (const el of await lines.all()) {
        const s = await el.getAttribute('data-status');
        if (s !== 'at-risk' && s !== 'off-track') continue;
        const shortName = (await el.locator('.status-line__name').textContent())!;
        expect(behind!.toLowerCase()).toContain(shortName.toLowerCase());
      }
      await page.screenshot({ path: `test-results/screens/glance-${width}-${lang}.png` });
      // The whole page is checked in accessibility.spec.ts; here the first screen, in both languages.
      expect(await axeViolations(page, ['.summary', '.status-strip', '.targets'])).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('a status line jumps to its card and moves focus there', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  const line = page.locator('.status-line').last();
  const id = await line.getAttribute('data-target-id');
  await line.getByRole('link').click();
  const card = page.locator(`article[data-target-id="${id}"]`);
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
});

test('at 390 px the lines stay readable: no sideways scroll, names wrap instead of being cut', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?lang=en');
  await expect(page.locator('.status-line').first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const sizes = await page.locator('.status-line__name').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  for (const s of sizes) expect(s).toBeGreaterThanOrEqual(14);
});
