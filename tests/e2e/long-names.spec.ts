// Hostile text: names of 10,000 characters without a space must not widen the page, and stay readable in full.
import { expect, test, type Page } from '@playwright/test';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { serveFixture, trackErrors } from './helpers';

const LONG = 10_000;
const FREE_TEXT = new Set(['name', 'title', 'vi', 'en', 'craft', 'label', 'note']);

/** Every free-text field of the small document, stretched to 10,000 characters without a space. */
function longNamesDocument(): unknown {
  const stretch = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return FREE_TEXT.has(key) ? (v.replace(/\s+/g, '_') + 'W').padEnd(LONG, 'W') : v;
    if (Array.isArray(v)) return v.map((x) => stretch(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stretch(x, k)]));
    return v;
  };
  return stretch(buildSmallDocument(), '');
}

/** Brings each section near the viewport, so that the ones drawn on demand are drawn. */
async function scrollThrough(page: Page) {
  for (const id of ['map', 'ocop', 'ntm', 'craft']) {
    const section = page.locator(`#section-${id}`);
    await section.scrollIntoViewIfNeeded();
    for (const fig of await section.locator('figure, table').all()) await fig.scrollIntoViewIfNeeded();
  }
}

for (const width of [1366, 390]) {
  test(`names of 10,000 characters keep the page within ${width} px and stay available in full`, async ({ page }) => {
    const errors = trackErrors(page);
    await page.setViewportSize({ width, height: 900 });
    await serveFixture(page, '/fixtures/long.json', longNamesDocument());
    await page.goto('/?source=/fixtures/long.json');
    await expect(page.locator('article[data-target-id]')).toHaveCount(4);
    await scrollThrough(page);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    // Every table alternative open too.
    for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    await scrollThrough(page);
    const sizes = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    // On failure, name what sticks out.
    const wide = sizes.scroll > sizes.client ? await page.evaluate(widestOffenders) : '';
    expect(sizes.scroll, wide).toBeLessThanOrEqual(sizes.client);
    // The full province name is there to read (wrapped, or in a title).
    const h1 = page.getByRole('heading', { level: 1 });
    const full = await h1.evaluate((el) => (el.getAttribute('title') ?? el.textContent ?? '').length);
    expect(full).toBe(LONG);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `.test-output/long-names-${width}.png` });
    expect(errors).toEqual([]);
  });
}

/** The elements reaching past the right edge, by tag and class, with their widths. */
function widestOffenders(): string {
  const vw = document.documentElement.clientWidth;
  const out = new Map<string, number>();
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right <= vw + 1) continue;
    const key = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
    out.set(key, Math.max(out.get(key) ?? 0, Math.round(r.width)));
  }
  return [...out].map(([k, w]) => `${w}px ${k}`).join('\n');
}
