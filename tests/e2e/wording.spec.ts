// The page's words: "toàn tỉnh" mid-sentence, no "0/8 … chưa có", no nested brackets, "/ kế hoạch".
import { expect, test } from '@playwright/test';

/** The first line of the text that opens a bracket inside another one, or undefined. */
function nestedLine(text: string): string | undefined {
  return text.split('\n').find((line) => {
    let depth = 0;
    for (const c of line) {
      depth += c === '(' ? 1 : c === ')' ? -1 : 0;
      if (depth > 1) return true;
    }
    return false;
  });
}

for (const url of ['/', '/?lang=en', '/?district=342', '/?year=2022']) {
  test(`${url}: no capitalised whole province mid-sentence, no zero double negative, no nested brackets`, async ({ page }) => {
    await page.goto(url);
    for (const id of ['ocop', 'ntm', 'craft']) await expect(page.locator(`#section-${id} figure.chart-figure`).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const text = await page.locator('main').evaluate((m) => m.textContent ?? '');
    const summaries = await page.locator('.chart-figure__summary').allTextContents();
    for (const t of [text, ...summaries]) {
      expect(t).not.toMatch(/[,(:;]\s*Toàn tỉnh (có|:)|\bnăm \d{4}, Toàn tỉnh|, Whole province/);
      expect(t).not.toMatch(/\b0\/\d+ (huyện|nhóm)|\b0 of \d+/);
      expect(t).not.toContain('trên kế hoạch');
    }
    expect(summaries.map(nestedLine).filter(Boolean)).toEqual([]);
    const lines = await page.locator('main p, main li, main figcaption, main h2, main h3').allTextContents();
    expect(lines.map(nestedLine).filter(Boolean)).toEqual([]);
  });
}
