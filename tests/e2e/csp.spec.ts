// The built page's Content-Security-Policy is strict and quiet: data only from its own origin (plus the
// build's data origin), and a normal visit reports no violation at all.
import { expect, test } from '@playwright/test';

test('a visit through every section reports no Content-Security-Policy violation', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const consoleCsp: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) consoleCsp.push(msg.text());
  });
  await page.goto('/');
  await expect(page.locator('article[data-target-id]').first()).toBeVisible();
  for (const id of ['map', 'ocop', 'ntm', 'craft']) await page.locator(`#section-${id}`).scrollIntoViewIfNeeded();
  await expect(page.locator('#section-craft h2').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(consoleCsp).toEqual([]);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toMatch(/connect-src 'self'(;| )/);
  expect(policy).not.toContain('*');
});
