// Fresh or flagged, as a viewer meets it: a crafted link in slide mode, failed refreshes, hangs, wall-screen
// refreshes on a fake clock, a large last good copy, and redirects that must never reach a foreign host.
import { expect, test, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { atPath, serveFixture, trackErrors, keptLength } from './helpers';

const serveConfig = (page: Page, config: object) => serveFixture(page, '/config.json', config);
/** 14:05 in Hà Nội (the tests' time zone). */
const T0 = new Date('2026-12-05T07:05:00Z');
const cards = (page: Page) => page.locator('article[data-target-id]');

test('a crafted link opening the slides shows that the data is not from the configured source', async ({ page }) => {
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await serveFixture(page, '/fixtures/other.json', buildSmallDocument());
  await page.goto('/?source=/fixtures/other.json&slide=1');
  const deck = page.locator('section.presentation');
  await expect(deck.getByRole('heading', { level: 2, name: 'Tỉnh Mẫu' })).toBeVisible();
  const flag = deck.getByTestId('slide-source-flag');
  await expect(flag).toHaveText(/Đang hiển thị dữ liệu từ nguồn khác mặc định: http:\/\/127\.0\.0\.1:\d+\/fixtures\/other\.json/);
  await expect(flag).toBeInViewport();
  // On every slide, not only the title.
  await page.keyboard.press('ArrowRight');
  await expect(deck.getByRole('heading', { level: 2, name: 'OCOP' })).toBeVisible();
  await expect(deck.getByTestId('slide-source-flag')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the configured source opens the slides without a flag', async ({ page }) => {
  await page.goto('/?slide=1');
  await expect(page.locator('section.presentation').getByRole('heading', { level: 2 })).toBeVisible();
  await expect(page.getByTestId('slide-source-flag')).toHaveCount(0);
});

test('a refresh that fails after a good load keeps the figures and says from when they are, in both languages', async ({ page }) => {
  await page.clock.install({ time: T0 });
  await serveConfig(page, { allowedOrigins: [], refreshMinutes: 1 });
  let calls = 0;
  await page.route(atPath('/fixtures/doc.json'), (route) => {
    calls++;
    return calls === 1
      ? route.fulfill({ contentType: 'application/json', body: JSON.stringify(buildSmallDocument()) })
      : route.fulfill({ status: 503, body: 'down' });
  });
  await page.goto('/?source=/fixtures/doc.json');
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByTestId('data-age')).toHaveCount(0);
  await page.clock.fastForward('01:05');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText('Không cập nhật được — đang hiển thị số liệu tải lúc 14:05 (1 phút trước)');
  await expect(alert).toContainText('Máy chủ trả về lỗi HTTP 503.');
  await expect(alert).not.toContainText('Chưa có bản dữ liệu hợp lệ');
  await expect(cards(page)).toHaveCount(4);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(alert.getByRole('heading')).toHaveText('Could not update — showing figures loaded at 14:05 (1 minute ago)');
  // Hours later the age follows.
  await page.clock.fastForward('03:00:00');
  await expect(alert.getByRole('heading')).toHaveText('Could not update — showing figures loaded at 14:05 (3 hours ago)');
  // The slides cover the page's notices, so they carry the same line.
  await page.getByRole('button', { name: /Present/ }).click();
  await expect(page.locator('section.presentation').getByTestId('slide-age')).toHaveText(
    '⚠ Could not update — showing figures loaded at 14:05 (3 hours ago)',
  );
  await expect(page.getByTestId('slide-age')).toBeInViewport();
});

test('a hanging source is reported at the configured limit, and the tries go on in the background', async ({ page }) => {
  await serveConfig(page, { allowedOrigins: [], timeoutSeconds: 2 });
  let requests = 0;
  await page.route(atPath('/fixtures/hang.json'), () => {
    requests++; // never answered
  });
  await page.goto('/?source=/fixtures/hang.json');
  await expect(page.getByText('Đang tải dữ liệu…').first()).toBeVisible();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nguồn dữ liệu không trả lời sau 2 giây.');
  await expect(alert).toContainText(/Đang thử lại trong nền \(lần [23]\/3\)…/);
  await expect(alert.getByRole('button', { name: 'Đang thử lại…' })).toBeDisabled();
  // After the last try the page offers a retry, and says it has nothing to show.
  await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeEnabled({ timeout: 20_000 });
  await expect(alert).not.toContainText('Đang thử lại trong nền');
  await expect(alert).toContainText('Chưa có bản dữ liệu hợp lệ nào để hiển thị.');
  expect(requests).toBe(3);
});

test('a wall screen refreshes on the configured interval, and the new data replaces the old without a blank frame', async ({ page }) => {
  const errors = trackErrors(page);
  await page.clock.install({ time: T0 });
  await serveConfig(page, { allowedOrigins: [], refreshMinutes: 15 });
  const first = buildSmallDocument();
  const second = { ...first, meta: { ...first.meta, province: { ...first.meta.province, name: 'Tỉnh Mẫu (bản mới)' } } };
  let calls = 0;
  await page.route(atPath('/fixtures/live.json'), (route) => {
    calls++;
    return route.fulfill({ contentType: 'application/json', body: JSON.stringify(calls === 1 ? first : second) });
  });
  await page.goto('/?source=/fixtures/live.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  await expect(cards(page)).toHaveCount(4);
  // Record the fewest target cards ever on screen from now on.
  await page.evaluate(() => {
    const w = window as unknown as { fewestCards: number };
    w.fewestCards = document.querySelectorAll('article[data-target-id]').length;
    new MutationObserver(() => {
      w.fewestCards = Math.min(w.fewestCards, document.querySelectorAll('article[data-target-id]').length);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.clock.fastForward('14:00');
  expect(calls).toBe(1);
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu (bản mới)');
  expect(calls).toBe(2);
  expect(await page.evaluate(() => (window as unknown as { fewestCards: number }).fewestCards)).toBe(4);
  await expect(page.getByTestId('data-age')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a 3 MB last good copy survives and is shown, with its age, when the source is down', async ({ page }) => {
  test.setTimeout(90_000);
  const big = JSON.stringify(
    buildNationalDocument({ regions: 250, communesPerRegion: 15, products: 7000, subjects: 4000, villages: 2000 }),
  );
  expect(big.length).toBeGreaterThan(3_000_000);
  await serveFixture(page, '/fixtures/big.json', big);
  await page.goto('/?source=/fixtures/big.json');
  await expect(cards(page).first()).toBeVisible({ timeout: 30_000 });
  const province = await page.getByRole('heading', { level: 1 }).textContent();
  // Kept as the bytes fetched.
  await expect.poll(() => page.evaluate(keptLength, page.url()), { timeout: 20_000 }).toBe(Buffer.byteLength(big, 'utf8'));
  await page.unroute(atPath('/fixtures/big.json'));
  await page.route(atPath('/fixtures/big.json'), (route) => route.abort('connectionrefused'));
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(/^Không cập nhật được — đang hiển thị số liệu tải lúc \d\d:\d\d \(.+\)$/, {
    timeout: 30_000,
  });
  await expect(alert).toContainText('Không kết nối được tới nguồn dữ liệu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(province!);
  await expect(cards(page).first()).toBeVisible();
});

test.describe('redirects', () => {
  // Without the page's CSP, which would also stop the request: the app alone must not follow.
  test.use({ bypassCSP: true });
  let foreign: Server;
  let foreignHits: string[];
  test.beforeAll(async () => {
    foreignHits = [];
    foreign = createServer((req, res) => {
      foreignHits.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify(buildSmallDocument()));
    });
    await new Promise<void>((resolve) => foreign.listen(0, 'localhost', resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => foreign.close(() => resolve())));

  test('a redirect to a foreign host is refused and that host never gets a request', async ({ page }) => {
    const { port } = foreign.address() as AddressInfo;
    const target = `http://localhost:${port}/figures.json`;
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.route(atPath('/fixtures/moved.json'), (route) => route.fulfill({ status: 302, headers: { Location: target } }));
    await page.goto('/?source=/fixtures/moved.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Nguồn chuyển hướng sang một địa chỉ khác. Ứng dụng không đi theo chuyển hướng');
    await expect(alert.getByRole('button', { name: 'Thử lại' })).toBeEnabled();
    expect(seen.filter((u) => u.startsWith(`http://localhost:${port}`))).toEqual([]);
    expect(foreignHits).toEqual([]);
    await expect(cards(page)).toHaveCount(0);
  });
});
