// Offline, as a wall screen meets it: the built app's service worker keeps the shell, the app keeps the last
// good copy, so a reload without network opens the page with the figures and their age.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

test.use({ serviceWorkers: 'allow' });

test('a reload offline opens the app with the last good copy and its age', async ({ page, context }) => {
  await page.goto('/');
  const cards = page.locator('article[data-target-id]');
  await expect(cards.first()).toBeVisible();
  const online = await cards.count();
  // The worker has taken the page over and kept the shell; the app has kept the document.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const keys = await caches.keys();
        const shell = keys.find((k) => k.startsWith('app-shell-'));
        return shell ? (await (await caches.open(shell)).keys()).length : 0;
      }),
    )
    .toBeGreaterThan(5);
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const r = indexedDB.open('ocop-ntm');
            r.onsuccess = () => {
              const db = r.result;
              if (!db.objectStoreNames.contains('last-good')) return resolve(0);
              const c = db.transaction('last-good').objectStore('last-good').count();
              c.onsuccess = () => resolve(c.result);
            };
            r.onerror = () => resolve(0);
          }),
      ),
    )
    .toBe(1);

  await context.setOffline(true);
  const errors = trackErrors(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Thái Bình');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading')).toHaveText(
    /^Không cập nhật được — đang hiển thị số liệu tải lúc \d\d:\d\d \((phút này|bây giờ|\d+ phút trước)\)$/,
  );
  await expect(alert).toContainText('Không kết nối được tới nguồn dữ liệu');
  await expect(cards).toHaveCount(online);
  // The lazily loaded parts come from the kept shell too.
  await expect(page.locator('#section-ocop h2').first()).toBeVisible();
  // Only the data request may fail offline; the shell itself loads without errors.
  expect(errors.filter((e) => !/thai-binh-sample\.json|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await context.setOffline(false);
});
