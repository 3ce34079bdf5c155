// The handout: the built-in sample printed to A4 landscape (page.pdf) fits 12 pages, and its first page's text holds
// the filters, the as-of date, the source, the sample notice and every target's status; every page has the footer.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trackErrors } from './helpers';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const text = (pdf: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', pdf, '-'], { encoding: 'utf8' });

test('the sample prints in at most 12 A4 landscape pages; page 1 holds every target’s status', async ({ page }) => {
  test.skip(!hasPoppler, 'pdftotext (poppler-utils) is not installed');
  test.setTimeout(90_000);
  const errors = trackErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  for (const id of ['map', 'ocop', 'ntm', 'craft']) await expect(page.locator(`#section-${id} .section`)).toBeAttached();
  // What the cards say on screen, to compare with paper.
  const statuses = await page
    .locator('.targets article[data-target-id]')
    .evaluateAll((cards) =>
      cards.map((c) => ({ label: c.querySelector('h3')?.textContent ?? '', status: c.querySelector('.status')?.textContent ?? '' })),
    );
  expect(statuses.length).toBeGreaterThanOrEqual(10);
  await page.emulateMedia({ media: 'print' });
  // Every chart is drawn for paper, far-down ones included.
  await expect(page.locator('.chart-figure__chart:not(:has(svg.recharts-surface))')).toHaveCount(0);
  const dir = mkdtempSync(join(tmpdir(), 'handout-'));
  const pdf = join(dir, 'handout.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/); // landscape
  expect(pages).toBeGreaterThan(3);
  expect(pages).toBeLessThanOrEqual(12);

  const first = text(pdf, 1).replace(/\s+/g, ' ');
  expect(first).toContain('Bộ lọc: Toàn tỉnh · năm 2025');
  expect(first).toContain('30/06/2025');
  expect(first).toContain('Số liệu minh họa');
  expect(first).toContain('Nguồn');
  for (const s of statuses) {
    // Each target's label and its status word, in that order, on page 1.
    const label = s.label.replace(/\s+/g, ' ').trim();
    const status = s.status.replace(/[✓↗!✕–]/g, '').trim();
    expect(first, label).toContain(label);
    const after = first.slice(first.indexOf(label));
    expect(after, `${label}: ${status}`).toContain(status);
  }
  // The running footer on every page: as-of date, source and page number.
  for (let i = 1; i <= pages; i++) {
    const t = text(pdf, i).replace(/\s+/g, ' ');
    expect(t, `page ${i}`).toContain('Số liệu đến ngày 30/06/2025 · Nguồn:');
    expect(t, `page ${i}`).toContain(`Trang ${i}/${pages}`);
  }
  // Long lists: their first 20 rows and a count.
  const all = text(pdf).replace(/\s+/g, ' ');
  expect(all).toMatch(/Bản in: 20 dòng đầu trong tổng số \d+/);
  expect(errors).toEqual([]);
});
