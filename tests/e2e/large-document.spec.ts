// A large document (250 districts, 7,000 products: prepared in steps, as a national one is): the sections draw
// once their groundwork is done, never stay "loading"; the district table shows a page of districts and keeps a
// selected one on screen; a district picked from the table filters the page, figures and sections alike.
import { expect, test } from '@playwright/test';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { serveFixture, trackErrors } from './helpers';

const SIZE = { regions: 250, communesPerRegion: 6, products: 7000, subjects: 3000, villages: 500 };

test('a large document: sections after their groundwork, one page of districts, a district picked from the table', async ({ page }) => {
  test.setTimeout(90_000);
  const errors = trackErrors(page);
  await serveFixture(page, '/fixtures/large.json', buildNationalDocument(SIZE));
  await page.goto('/?source=/fixtures/large.json');
  await expect(page.locator('article[data-target-id]').first()).toBeVisible({ timeout: 30_000 });

  // Every section draws; none is left saying it is loading.
  const scorecard = page.getByTestId('scorecard');
  await expect(scorecard).toBeVisible({ timeout: 30_000 });
  for (const id of ['ocop', 'ntm', 'craft']) await expect(page.locator(`#section-${id} figure`).first()).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });

  // One page of 100 districts of 250, and the next on request.
  const rows = scorecard.locator('tbody tr');
  await expect(rows).toHaveCount(100);
  await expect(scorecard).toContainText('Hiển thị 100/250 huyện');
  await scorecard.getByRole('button', { name: 'Xem thêm 100 huyện' }).click();
  await expect(rows).toHaveCount(200);

  // A district picked from the table filters the page: the URL, the figures' scope and the table's mark.
  await scorecard.getByRole('button', { name: 'Huyện Số 150', exact: true }).click();
  await expect(page).toHaveURL(/[?&]district=249(&|$)/);
  await expect(page.getByTestId('headline')).toBeVisible();
  await expect(scorecard.locator('tr.scorecard__row--selected')).toHaveCount(1);
  await expect(scorecard.locator('tr.scorecard__row--selected th')).toContainText('Huyện Số 150');
  // The sections follow the figures to the same view.
  await expect(page.locator('#section-ocop')).toHaveAttribute('data-view', /^249\|/);
  await expect(page.locator('#section-ocop table').first()).toContainText('Huyện Số 150');

  // Reopened from the link, the selected district is on screen although it sorts beyond the first page.
  await page.reload();
  await expect(scorecard.locator('tr.scorecard__row--selected th')).toContainText('Huyện Số 150', { timeout: 30_000 });
  // The first page (Số 1 to Số 100) and, after it, the selected district.
  await expect(rows).toHaveCount(101);
  await expect(rows.last()).toHaveClass(/scorecard__row--selected/);
  expect(errors).toEqual([]);
});
