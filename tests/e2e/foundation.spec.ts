// The foundation as a person meets it: default data with statuses, refused foreign sources, bad documents explained.
import { expect, test } from '@playwright/test';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import {
  HTML_ERROR_PAGE,
  invalidDocument,
  markupInStringsDocument,
  truncatedDocumentText,
  wrongVersionDocument,
} from '../../mocks/fixtures/broken-documents';
import { atPath, keptLength, serveFixture, trackErrors } from './helpers';

test('the built-in Thái Bình data loads with every target, its status, the as-of date and the sample notice', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  await expect(page.getByTestId('as-of')).toHaveText('30/06/2025');
  await expect(page.getByRole('note', { name: 'Số liệu minh họa' })).toBeVisible();
  const cards = page.locator('article[data-target-id]');
  await expect(cards).toHaveCount(11);
  // Published figure: 43 advanced + 4 model communes by spring 2025, against the plan of 120.
  const advanced = page.locator('article[data-target-id="ntm-2025-advanced-120"]');
  await expect(advanced.getByTestId('target-value')).toHaveText('47');
  await expect(advanced.locator('[data-status]')).toHaveText(/Có nguy cơ/);
  for (const card of await cards.all()) {
    await expect(card.locator('[data-status]')).toHaveText(/Đạt|Đúng tiến độ|Có nguy cơ|Chưa đạt|Chưa có số liệu/);
    await expect(card.getByTestId('target-reason')).not.toBeEmpty();
  }
  await expect(page.locator('.summary__counts')).toContainText('/10 mục tiêu đã đạt');
  expect(errors).toEqual([]);
});

test('a ?source= on a foreign host is refused, named, and never requested', async ({ page }) => {
  const errors = trackErrors(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).hostname.endsWith('evil.example')) foreign.push(r.url());
  });
  await page.goto('/?source=' + encodeURIComponent('https://evil.example/fake-figures.json'));
  const alert = page.getByRole('alert').filter({ hasText: 'Không tải dữ liệu từ địa chỉ không được phép' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('https://evil.example/fake-figures.json');
  // The real data still shows underneath, under its own source.
  await expect(page.locator('article[data-target-id]').first()).toBeVisible();
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('a javascript: source is refused too', async ({ page }) => {
  await page.goto('/?source=' + encodeURIComponent('javascript:alert(1)'));
  await expect(page.getByRole('alert')).toContainText('không phải http hoặc https');
});

test('a same-origin document with a broken structure shows each problem with its JSON path, and no figures from it', async ({ page }) => {
  const errors = trackErrors(page);
  await serveFixture(page, '/fixtures/invalid.json', invalidDocument());
  await page.goto('/?source=/fixtures/invalid.json');
  const alert = page.getByRole('alert').filter({ hasText: 'Dữ liệu không hợp lệ' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Tài liệu có 2 lỗi');
  await expect(alert.getByRole('listitem').filter({ hasText: 'communes' })).toHaveText(
    'communes: sai kiểu dữ liệu, cần array, nhận được {…}',
  );
  await expect(alert).toContainText('meta.asOf: thiếu trường bắt buộc');
  await expect(page.locator('article[data-target-id]')).toHaveCount(0);
  await expect(page.getByTestId('non-default-source')).toContainText('/fixtures/invalid.json');
  expect(errors).toEqual([]);
});

test('a document of another schema version is a clear error', async ({ page }) => {
  await serveFixture(page, '/fixtures/v2.json', wrongVersionDocument());
  await page.goto('/?source=/fixtures/v2.json');
  await expect(page.getByRole('alert')).toContainText(
    'meta.schemaVersion: phiên bản lược đồ không được hỗ trợ (ứng dụng đọc phiên bản 1, 1.1), nhận được 2',
  );
});

test.describe('documents that are not JSON are said in words', () => {
  for (const [name, body, contentType, text] of [
    ['an HTML error page', HTML_ERROR_PAGE, 'text/html', 'trả về một trang HTML'],
    ['a truncated file', truncatedDocumentText(), 'application/json', 'bị cắt cụt'],
    ['an empty body', '', 'application/json', 'nội dung rỗng'],
  ] as const) {
    test(name, async ({ page }) => {
      const errors = trackErrors(page);
      await serveFixture(page, '/fixtures/bad.json', body, { contentType });
      await page.goto('/?source=/fixtures/bad.json');
      await expect(page.getByRole('alert')).toContainText(text);
      await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
      expect(errors).toEqual([]);
    });
  }
});

test('an endpoint that fails, then recovers, loads on "Thử lại"', async ({ page }) => {
  let calls = 0;
  await page.route(atPath('/fixtures/flaky.json'), (route) => {
    calls++;
    return calls <= 3
      ? route.fulfill({ status: 503, body: 'down' })
      : route.fulfill({ contentType: 'application/json', body: JSON.stringify(buildSmallDocument()) });
  });
  await page.goto('/?source=/fixtures/flaky.json');
  await expect(page.getByRole('alert')).toContainText('HTTP 503');
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('when the endpoint goes down, the last good data stays on screen with its age', async ({ page }) => {
  await serveFixture(page, '/fixtures/doc.json', buildSmallDocument());
  await page.goto('/?source=/fixtures/doc.json');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  // The copy is written to IndexedDB just after the figures show; a reload before that would find none.
  await expect.poll(() => page.evaluate(keptLength, page.url()), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.unroute(atPath('/fixtures/doc.json'));
  await page.route(atPath('/fixtures/doc.json'), (route) => route.abort('connectionrefused'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Không kết nối được tới nguồn dữ liệu');
  await expect(page.getByRole('alert').getByRole('heading')).toHaveText(/^Không cập nhật được — đang hiển thị số liệu tải lúc \d\d:\d\d/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  await expect(page.locator('article[data-target-id]')).toHaveCount(4);
});

test('markup inside data strings is shown as text, never run', async ({ page }) => {
  const errors = trackErrors(page);
  await serveFixture(page, '/fixtures/markup.json', markupInStringsDocument());
  await page.goto('/?source=/fixtures/markup.json');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x');
  await expect(page.getByRole('heading', { name: /<script>/ })).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('a slow endpoint shows a loading state that keeps the layout', async ({ page }) => {
  await page.route(atPath('/fixtures/slow.json'), async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify(buildSmallDocument()) });
  });
  await page.goto('/?source=/fixtures/slow.json');
  await expect(page.getByText('Đang tải dữ liệu…').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Mẫu');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
});

test('the built page forbids inline scripts (Content-Security-Policy)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('article[data-target-id]').first()).toBeVisible();
  const blocked = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.body.dataset.inline = "ran"';
    document.body.append(s);
    return document.body.dataset.inline === undefined;
  });
  expect(blocked).toBe(true);
});
