// Shared browser-test helpers: collect script errors, serve fixture documents on the page's own origin.
import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

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

/** Runs axe-core in the page for WCAG 2.2 A/AA and returns the violations (id, impact, first targets). */
/** `include`: CSS selectors to check only those parts (default: the whole document). */
export async function axeViolations(page: Page, include?: string[]) {
  await page.addScriptTag({ path: axePath });
  // Sections off screen skip rendering (content-visibility: auto) until they come near, as they do when a person
  // scrolls to them. axe hit-tests targets (target-size), which cannot see into a skipped section: it checks
  // them rendered, as a person meets them.
  await page.addStyleTag({ content: '.dashboard-section { content-visibility: visible !important; }' });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document | { include: string[] },
            opts: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(include ? { include } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  }, include);
}

/** The size in bytes of the copy kept in IndexedDB for the page's ?source= (resolved against the page). */
export async function keptLength(pageUrl: string): Promise<number> {
  const source = new URL(new URL(pageUrl).searchParams.get('source') ?? '', pageUrl).href;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('ocop-ntm');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  if (!db.objectStoreNames.contains('last-good')) return 0;
  const value = await new Promise<{ bytes?: Uint8Array } | undefined>((resolve, reject) => {
    const r = db.transaction('last-good').objectStore('last-good').get(source);
    r.onsuccess = () => resolve(r.result as { bytes?: Uint8Array } | undefined);
    r.onerror = () => reject(r.error);
  });
  db.close();
  return value?.bytes?.byteLength ?? 0;
}
