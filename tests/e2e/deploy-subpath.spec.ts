// The production build deployed under /dashboard/ of a static host that sends the README's Content-Security-Policy.
// By default a small Node server plays the host; DASHBOARD_URL=http://host/dashboard/ points the test at a real one.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackErrors } from './helpers';

/** Target cards the built-in sample shows. */
const SAMPLE_TARGETS: number = JSON.parse(readFileSync(new URL('../../public/data/thai-binh-sample.json', import.meta.url), 'utf8')).targets
  .length;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
/** The policy the nginx, Apache and IIS configurations send (a unit test keeps the three the same). */
const CSP = /add_header Content-Security-Policy "([^"]+)"/.exec(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'))![1]!;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serveUnderDashboard(): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/dashboard') {
      res.writeHead(301, { Location: '/dashboard/' }).end();
      return;
    }
    const rel = path.startsWith('/dashboard/') ? path.slice('/dashboard/'.length) || 'index.html' : undefined;
    const file = rel === undefined ? undefined : normalize(join(DIST, rel));
    if (!file || !file.startsWith(DIST + sep) || !existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': CSP }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' });
    res.end(readFileSync(file));
  });
}

let server: Server | undefined;
let base = process.env.DASHBOARD_URL ?? '';

test.beforeAll(async () => {
  if (base) return;
  server = serveUnderDashboard();
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dashboard/`;
});
test.afterAll(async () => {
  if (!server) return;
  // A worker may run this file's tests in more than one group: the next group starts its own server.
  await new Promise((done) => server!.close(done));
  server = undefined;
  base = '';
});

test('the build shows its figures under /dashboard/, asks only for addresses under it, and breaks no CSP rule', async ({ page }) => {
  const errors = trackErrors(page);
  const outside: string[] = [];
  const asked: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:') return;
    asked.push(u.pathname);
    if (!u.pathname.startsWith('/dashboard/')) outside.push(r.url());
  });
  const response = await page.goto(base);
  expect(response?.headers()['content-security-policy']).toContain("connect-src 'self'");
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  await expect(page.getByTestId('as-of')).toHaveText('30/06/2025');
  const advanced = page.locator('article[data-target-id="ntm-2025-advanced-120"]');
  await expect(advanced.getByTestId('target-value')).toHaveText('47');
  await expect(page.locator('article[data-target-id]')).toHaveCount(SAMPLE_TARGETS);
  // A lazily loaded chart chunk arrives from under the path too.
  // Charts are drawn only near the screen, and the sections grow as they load: scroll to the last chart until one is drawn.
  await expect(async () => {
    await page.locator('.chart-box').last().scrollIntoViewIfNeeded();
    await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  expect(asked).toEqual(expect.arrayContaining(['/dashboard/config.json', '/dashboard/data/thai-binh-sample.json']));
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});

test('the mock service worker is not part of the build', async ({ request }) => {
  expect(existsSync(join(DIST, 'index.html'))).toBe(true);
  expect(existsSync(join(DIST, 'mockServiceWorker.js'))).toBe(false);
  expect((await request.get(new URL('mockServiceWorker.js', base).href)).status()).toBe(404);
});
