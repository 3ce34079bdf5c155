// `npm run bench`: prints sizes and timings (numbers, not pass/fail): bundle, domain work on a national-scale
// document in Node, and in Chromium with the CPU slowed 4×: load (with the longest main-thread task), and filter
// changes until the next paint and until the last chart has drawn. BENCH_PORT sets the preview server's port.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildNationalDocument } from '../mocks/fixtures/national-document';
import { CHROMIUM_ARGS } from '../playwright.config';
import { benchInNode, median, ms } from './bench/in-node';
import { MEASURE_IN_PAGE, QUIET_MS, WATCH_IN_PAGE } from './bench/in-page';
import { startPreview } from './bench/preview-server';
// @ts-expect-error plain ESM script without types
import { measureBundle, report } from './bundle-size.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4179);

async function main() {
  if (!existsSync('dist/index.html') || process.argv.includes('--build')) spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  console.log('== Bundle (gzip)');
  console.log(report(measureBundle()));

  console.log('\n== National-scale document');
  const doc = buildNationalDocument();
  const text = JSON.stringify(doc);
  console.log(
    `size ${(text.length / 1024 / 1024).toFixed(1)} MB; ${doc.regions.length} regions, ${doc.communes.length} communes, ${doc.ocop.products.length} products, ${doc.ocop.subjects.length} subjects, ${doc.craftVillages.length} craft villages`,
  );

  benchInNode(text);

  console.log(`\n== Chromium, CPU slowed 4× (preview server on port ${PORT})`);
  // The document is served by the preview server as a file, as a static host would (intercepting the request
  // in the browser would add the interception's own cost to the page's).
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/national.json', text);
  const stopServer = await startPreview(PORT);
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // The bench polls with predicates the page's CSP (no eval) would refuse; the CSP changes no timing.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await page.addInitScript(WATCH_IN_PAGE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // While loading, the page is read through the DevTools protocol alone: Playwright's locators and waits load its
    // own script into the page, whose evaluation is itself a task of ~100 ms at 4× and would count as the page's.
    const read = async <T>(expression: string): Promise<T> =>
      ((await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: T } }).result.value;
    const until = async (expression: string) => {
      for (const end = Date.now() + 120_000; !(await read<boolean>(expression)); await new Promise((r) => setTimeout(r, 100)))
        if (Date.now() > end) throw new Error(`bench: timed out waiting for ${expression}`);
    };
    await page.goto(`http://127.0.0.1:${PORT}/?source=/bench/national.json`);
    await until('!isNaN(window.__bench.firstCard)');
    console.log(
      `load to first target card (fetch ${(text.length / 1e6).toFixed(1)} MB, parse, validate, render): ${ms(await read<number>('window.__bench.firstCard'))} after navigation`,
    );
    await until(
      `!!document.querySelector("[data-view]") && window.__bench.lastSectionChange > 0 && performance.now() - window.__bench.lastSectionChange > ${QUIET_MS}`,
    );
    const load = await read<{ longTasks: { start: number; duration: number }[]; firstCard: number; lastSectionChange: number }>(
      'window.__bench',
    );
    const before = load.longTasks.filter((x) => x.start < load.firstCard);
    const longest = (xs: { duration: number }[]) => Math.max(0, ...xs.map((x) => x.duration));
    console.log(
      `main thread while loading, until the first figures (${ms(load.firstCard)} after navigation): longest task ${ms(longest(before))}, ` +
        `${before.filter((x) => x.duration > 100).length} task(s) over 100 ms`,
    );
    console.log(
      `main thread until every section has drawn (${ms(load.lastSectionChange)}): longest task ${ms(longest(load.longTasks))}, ` +
        `${load.longTasks.filter((x) => x.duration > 100).length} task(s) over 100 ms`,
    );
    await page.waitForTimeout(1000);

    /** In the page: performs the action, returns ms to the next frame (figures) and to the frame after the charts caught up. */
    const measure = (action: 'district' | 'year', arg: string | null) =>
      page.evaluate(`(${MEASURE_IN_PAGE})(${JSON.stringify(action)}, ${JSON.stringify(arg)}, ${QUIET_MS})`) as Promise<{
        frame: number;
        settled: number;
      }>;
    const changes: { frame: number; settled: number }[] = [];
    const search = page.getByRole('searchbox').first();
    for (let i = 0; i < 6; i++) {
      await search.fill(`Số ${10 + i * 37}`);
      await page.waitForTimeout(200);
      changes.push(await measure('district', null));
      await page.waitForTimeout(300);
    }
    const report = (label: string, xs: { frame: number; settled: number }[]) => {
      const frames = xs.map((x) => x.frame);
      const settled = xs.map((x) => x.settled);
      console.log(
        `${label}: figures on screen (next frame) median ${ms(median(frames))}, max ${ms(Math.max(...frames))}; ` +
          `last chart drawn median ${ms(median(settled))}, max ${ms(Math.max(...settled))}`,
      );
    };
    report('district filter change', changes);

    const years: { frame: number; settled: number }[] = [];
    for (const y of ['2024', '2023', '2025', '2022', '2025']) {
      years.push(await measure('year', y));
      await page.waitForTimeout(300);
    }
    report('year change', years);
    // Charts are drawn only near the screen, and all of them for print: count the marks with every chart drawn.
    await page.emulateMedia({ media: 'print' });
    await page.waitForTimeout(2000);
    const marks = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll('.recharts-wrapper')].map(
          (w) => w.querySelectorAll('.recharts-rectangle, .recharts-dot, .recharts-sector').length,
        ),
      ),
    );
    const charts = await page.locator('.recharts-wrapper').count();
    console.log(`most marks in one chart: ${marks} (of ${charts} charts drawn)`);
    await browser.close();
  } finally {
    stopServer();
    rmSync('dist/bench', { recursive: true, force: true });
  }
}

await main();
