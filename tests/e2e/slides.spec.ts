// Slides at projector scale: every slide stepped through with the clicker keys at four screen sizes, in both languages,
// with three districts and with one, measuring the smallest text and checking nothing is cut or scrolls.
import { expect, test, type Page } from '@playwright/test';
import { trackErrors } from './helpers';
import { measureSlide } from './slide-metrics';

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const THREE = '340,342,343';

async function slideCount(page: Page): Promise<{ current: number; count: number }> {
  const text = (await page.getByTestId('slide-number').textContent()) ?? '';
  const [current, count] = text.split('/').map(Number);
  return { current: current ?? 0, count: count ?? 0 };
}

/** Waits until the slide's chart (if any) is drawn. */
async function settled(page: Page) {
  const chart = page.locator('.presentation__body > .slide--chart');
  if ((await chart.count()) > 0) await expect(chart.locator('svg.recharts-surface, svg.map-svg').first()).toBeVisible();
}

for (const size of SIZES) {
  for (const [lang, districts] of [
    ['vi', THREE],
    ['en', THREE],
    ['en', '342'],
  ] as const) {
    test(`slides at ${size.width}×${size.height}, ${lang}, districts ${districts}: type scale kept, nothing cut`, async ({ page }) => {
      test.setTimeout(180_000);
      const errors = trackErrors(page);
      await page.setViewportSize(size);
      await page.goto(`/?slide=1&district=${districts}${lang === 'en' ? '&lang=en' : ''}`);
      await expect(page.locator('section.presentation')).toBeVisible();
      const unit = Math.min(size.width, size.height) / 1080;
      const { count } = await slideCount(page);
      expect(count).toBeGreaterThanOrEqual(10);
      const seen: string[] = [];
      for (let i = 1; i <= count; i++) {
        await expect(page.getByTestId('slide-number')).toHaveText(`${i}/${count}`);
        await settled(page);
        // A chart can be caught mid-render, before the slide's zoom applies to it (its axis text then sits outside
        // the window): wait until the slide is as it stays on screen, then take every measure from that state.
        await expect
          .poll(
            async () => {
              const m = await measureSlide(page);
              return m.minText >= 24 * unit - 0.5 && m.problems.length === 0;
            },
            { timeout: 15_000 },
          )
          .toBe(true)
          .catch(() => undefined); // the soft assertions below report the figures if it never gets there
        const m = await measureSlide(page);
        seen.push(m.slide);
        expect.soft(m.problems, `slide ${i} (${m.slide})`).toEqual([]);
        // 24 px at 1080 p, the same proportion elsewhere (half a pixel for rounding).
        expect.soft(m.minText, `slide ${i} (${m.slide}): smallest text ${m.minTextAt}`).toBeGreaterThanOrEqual(24 * unit - 0.5);
        if (m.keyFigure > 0) expect.soft(m.keyFigure, `slide ${i} key figure`).toBeGreaterThanOrEqual(56 * unit - 0.5);
        if (m.thinnestLine !== Infinity) expect.soft(m.thinnestLine, `slide ${i} goal line`).toBeGreaterThanOrEqual(3 * unit - 0.1);
        if (i < count) await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
      }
      // Every area's targets and key charts, and the map, were shown.
      for (const key of [
        'title',
        'ocop-targets',
        'ocop-stars',
        'ocop-rated',
        'ocop-regions',
        'ntm-targets',
        'ntm-regions',
        'ntm-progress',
        'craft-villages-targets',
        'craft-year',
        'craft-regions',
        'map',
      ])
        expect(seen).toContain(key);
      expect(errors).toEqual([]);
    });
  }
}

test('clicker keys: next, back, first, last, a number then Enter, blank, Escape keeps the filters', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`/?district=${THREE}`);
  await page.getByRole('button', { name: /Trình chiếu/ }).click();
  const number = page.getByTestId('slide-number');
  const { count } = await slideCount(page);
  await expect(page.locator('.slide__hint')).toContainText('PageDown');
  await expect(page.locator('.slide__hint')).toContainText('PageUp');
  for (const [key, expected] of [
    ['ArrowRight', 2],
    ['ArrowDown', 3],
    [' ', 4],
    ['PageDown', 5],
    ['Enter', 6],
    ['ArrowLeft', 5],
    ['ArrowUp', 4],
    ['PageUp', 3],
    ['End', count],
    ['Home', 1],
  ] as const) {
    await page.keyboard.press(key === ' ' ? 'Space' : key);
    await expect(number, `after ${key}`).toHaveText(`${expected}/${count}`);
  }
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(number).toHaveText(`7/${count}`);
  await expect(page).toHaveURL(/slide=7/);
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await page.keyboard.press('.');
  await expect(page.getByTestId('blank')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.getByTestId('blank')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.locator('section.presentation')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`\\?district=${THREE}$`));
  expect(errors).toEqual([]);
});

test('the pointer hides after 3 s without movement and comes back when moved', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?slide=1');
  const deck = page.locator('section.presentation');
  await expect(deck).toBeVisible();
  await page.mouse.move(200, 200);
  await expect(deck).not.toHaveClass(/presentation--idle/);
  await page.clock.runFor(3100);
  await expect(deck).toHaveClass(/presentation--idle/);
  expect(await deck.evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  await page.mouse.move(300, 300);
  await expect(deck).not.toHaveClass(/presentation--idle/);
});

test('?autoplay=20 advances every 20 s, loops after the last slide, and a key pauses it', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?autoplay=20');
  const number = page.getByTestId('slide-number');
  await expect(number).toHaveText(/^1\//);
  const { count } = await slideCount(page);
  // The fake clock runs on from the page's start, so the first check leaves room for a slow page load.
  await page.clock.runFor(12_000);
  await expect(number).toHaveText(`1/${count}`);
  await page.clock.runFor(8_500);
  await expect(number).toHaveText(`2/${count}`);
  await page.keyboard.press('End');
  await expect(number).toHaveText(`${count}/${count}`);
  // The key paused it: nothing moves any more.
  await page.clock.runFor(45_000);
  await expect(number).toHaveText(`${count}/${count}`);
  // Reloaded at the last slide, it loops to the first.
  await page.goto(`/?autoplay=20&slide=${count}`);
  await expect(number).toHaveText(`${count}/${count}`);
  await page.clock.runFor(20_500);
  await expect(number).toHaveText(`1/${count}`);
});

test('?playlist=districts runs the slides once per district in turn', async ({ page }) => {
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?playlist=districts&autoplay=10');
  const deck = page.locator('section.presentation');
  await expect(page).toHaveURL(/district=336(&|$)/);
  await expect(deck.locator('.presentation__scope')).toContainText('Thành phố Thái Bình');
  const { count } = await slideCount(page);
  for (let i = 1; i < count; i++) await page.clock.runFor(10_100);
  await expect(page.getByTestId('slide-number')).toHaveText(`${count}/${count}`);
  await expect(page).toHaveURL(/district=336(&|$)/);
  await page.clock.runFor(10_100);
  await expect(page).toHaveURL(/district=338(&|$)/);
  await expect(page.getByTestId('slide-number')).toHaveText(/^1\//);
  await expect(deck.locator('.presentation__scope')).toContainText('Huyện Quỳnh Phụ');
});

test('presenter view: opened with S, shows current and next slide, a clock and talking points, and follows the deck', async ({
  page,
  context,
}) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?slide=2&district=342');
  await expect(page.getByTestId('slide-number')).toHaveText(/^2\//);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await presenter.setViewportSize({ width: 1280, height: 800 });
  const view = presenter.getByTestId('presenter-view');
  await expect(view).toBeVisible();
  const { count } = await slideCount(page);
  await expect(presenter.getByTestId('presenter-slide')).toHaveText(`Trang 2/${count}`);
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/\d{1,2}:\d{2}:\d{2}/);
  await expect(presenter.getByTestId('presenter-preview')).toHaveCount(2);
  // Talking points: each target's reason sentence, as the target cards word it.
  const reasons = await page.locator('.presentation__body > .slide').getByTestId('target-reason').allTextContents();
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) await expect(presenter.getByTestId('talking-points')).toContainText(r);
  // The deck moves: the presenter view follows.
  await page.bringToFront();
  await page.keyboard.press('PageDown');
  await expect(presenter.getByTestId('presenter-slide')).toHaveText(`Trang 3/${count}`);
  // The presenter moves: the deck follows.
  await presenter.bringToFront();
  await presenter.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide-number')).toHaveText(`4/${count}`);
  await expect(presenter.getByTestId('presenter-slide')).toHaveText(`Trang 4/${count}`);
  expect(errors).toEqual([]);
});
