// Shared browser-test helpers: collect script errors, serve fixture documents on the page's own origin.
import type { Page } from '@playwright/test';

/** Records uncaught errors and console errors; tests assert the list stays empty. */
export function trackErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return errors;
}

/** Matches requests for exactly this path on any origin (a glob would also match the page's own ?source=…). */
export const atPath = (path: string) => (url: URL) => url.pathname === path;

/** Serves `body` at a same-origin path (the page asks for it with ?source=). */
export async function serveFixture(page: Page, path: string, body: unknown, init: { status?: number; contentType?: string } = {}) {
  await page.route(atPath(path), (route) =>
    route.fulfill({
      status: init.status ?? 200,
      contentType: init.contentType ?? 'application/json',
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}
