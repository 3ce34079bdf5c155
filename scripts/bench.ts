// `npm run bench`: prints sizes and timings (numbers, not pass/fail): bundle, domain work on a national-scale
// document in Node, and in Chromium with the CPU slowed 4×: load (with the longest main-thread task), and filter
// changes until the next paint and until the last chart has drawn. BENCH_PORT sets the preview server's port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { buildNationalDocument } from '../mocks/fixtures/national-document';
import { validateDocument } from '../src/data/document-problems';
import { indexDocument } from '../src/domain/document-index';
import { buildOverview } from '../src/domain/overview';
import { CHROMIUM_ARGS } from '../playwright.config';
// @ts-expect-error plain ESM script without types
import { measureBundle, report } from './bundle-size.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
/** The sections count as drawn once nothing in them has changed for this long. */
const QUIET_MS = 1000;

/**
 * Runs in the page before its own scripts: records long main-thread tasks, when the first target card
 * appears, and the time of the latest change inside the sections (charts drawing, tables filling).
 */
const WATCH_IN_PAGE = `(() => {
  window.__bench = { longTasks: [], firstCard: NaN, lastSectionChange: 0 };
  new PerformanceObserver(function (list) {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(function (records) {
    const b = window.__bench;
    if (isNaN(b.firstCard) && document.querySelector('article[data-target-id]')) b.firstCard = performance.now();
    for (const r of records) {
      const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      if (el && el.closest && el.closest('[id^=section-]')) { b.lastSectionChange = performance.now(); break; }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

/**
 * Runs in the page as plain JavaScript (a string, so no build helpers leak in): act, then time two moments —
 * the next frame (figures), and, once every section shows the new view and nothing inside the sections has
 * changed for QUIET_MS, the last change (every chart drawn, including those a section defers once more).
 */
const MEASURE_IN_PAGE = `function (action, arg, quietMs) {
  return new Promise(function (resolve) {
    function views() { return Array.from(document.querySelectorAll('[data-view]')).map(function (e) { return e.getAttribute('data-view'); }); }
    var before = views().join(';');
    var t = performance.now();
    window.__bench.lastSectionChange = t;
    if (action === 'district') document.querySelector('.region-picker__list input[type=checkbox]').click();
    else { var s = document.querySelector('.filter-bar__year select'); s.value = arg; s.dispatchEvent(new Event('change', { bubbles: true })); }
    requestAnimationFrame(function () { setTimeout(function () {
      var frame = performance.now() - t;
      (function poll() {
        var last = window.__bench.lastSectionChange;
        var now = views();
        var caughtUp = now.join(';') !== before && now.every(function (v) { return v === now[0]; });
        if (caughtUp && performance.now() - last >= quietMs) resolve({ frame: frame, settled: last - t });
        else if (performance.now() - t > 30000) resolve({ frame: frame, settled: NaN });
        else setTimeout(poll, 20);
      })();
    }, 0); });
  });
}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function time<T>(runs: number, fn: () => T): { median: number; max: number } {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), max: Math.max(...xs) };
}

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

  console.log('\n== Node (this machine, not slowed)');
  console.log(`JSON.parse + validate: ${ms(time(3, () => validateDocument(JSON.parse(text))).median)}`);
  const parsed = validateDocument(JSON.parse(text));
  if (!parsed.ok) throw new Error('national document invalid');
  console.log(`index: ${ms(time(1, () => indexDocument(parsed.document)).median)} (once per document)`);
  const index = indexDocument(parsed.document);
  const ids = index.regionIds;
  for (const [label, regionIds] of [
    ['whole', null],
    ['1 region', [ids[5]!]],
    ['2 regions', [ids[5]!, ids[400]!]],
  ] as const) {
    // Cold: a fresh index each run, so no cached metric helps (a first visit to this view).
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      const fresh = indexDocument({ ...parsed.document });
      const t = performance.now();
      buildOverview(fresh, { regionIds, year: 2025 });
      cold.push(performance.now() - t);
    }
    const warm = time(20, () => buildOverview(index, { regionIds, year: 2025 }));
    console.log(`overview (${label}): cold median ${ms(median(cold))}, warm median ${ms(warm.median)}`);
  }

  console.log(`\n== Chromium, CPU slowed 4× (preview server on port ${PORT})`);
  // The document is served by the preview server as a file, as a static host would (intercepting the request
  // in the browser would add the interception's own cost to the page's).
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/national.json', text);
  // Vite is started directly (not through npx) in its own process group, so stopping it stops everything it started.
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
  const stopServer = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('SIGINT', () => {
    stopServer();
    process.exit(130);
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    // The bench polls with predicates the page's CSP (no eval) would refuse; the CSP changes no timing.
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await page.addInitScript(WATCH_IN_PAGE);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/?source=/bench/national.json`);
    await page.locator('article[data-target-id]').first().waitFor({ timeout: 120_000 });
    console.log(`load to first target card (fetch ${(text.length / 1e6).toFixed(1)} MB, parse, validate, render): ${Date.now() - t0} ms`);
    await page.waitForFunction(
      `document.querySelector("[data-view]") && window.__bench.lastSectionChange > 0 && performance.now() - window.__bench.lastSectionChange > ${QUIET_MS}`,
      null,
      {
        timeout: 120_000,
        polling: 100,
      },
    );
    const load = (await page.evaluate('window.__bench')) as {
      longTasks: { start: number; duration: number }[];
      firstCard: number;
      lastSectionChange: number;
    };
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

async function waitForServer(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

await main();
