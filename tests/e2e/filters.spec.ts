// Filters as planners use them on the built-in data: one and two districts, a year, the URL, back and forward.
// Expected figures were checked by hand for additivity: Tiền Hải 8/9 + Kiến Xương 2/2 = 10/11 rated products at 3★+;
// 7/27 + 6/28 = 13/55 advanced communes (the districts have 27 and 28 communes of type Xã besides their townships).
import { expect, test, type Page } from '@playwright/test';
import { trackErrors } from './helpers';

const value = (page: Page, id: string) => page.locator(`article[data-target-id="${id}"]`).getByTestId('target-value');
const reason = (page: Page, id: string) => page.locator(`article[data-target-id="${id}"]`).getByTestId('target-reason');

test('one district, then two, then a year: the figures follow, and the URL keeps the view', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/');
  await expect(value(page, 'ocop-2025-rated-3plus')).toHaveText('82,2%');
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('37/45');

  await page.getByRole('checkbox', { name: 'Huyện Tiền Hải' }).check();
  await expect(page).toHaveURL(/\?district=342$/);
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('8/9');
  await expect(value(page, 'ocop-2025-rated-3plus')).toHaveText('88,9%');
  await expect(value(page, 'ntm-2025-advanced-share-20')).toHaveText('25,9%');
  // A count target stays province-wide, is marked as the province's and names the district's contribution.
  const advanced = page.locator('article[data-target-id="ntm-2025-advanced-120"]');
  await expect(advanced.getByTestId('target-owner')).toHaveText('Mục tiêu của tỉnh');
  await expect(value(page, 'ntm-2025-advanced-120')).toHaveText('47');
  await expect(advanced.getByTestId('target-contribution')).toHaveText('7');
  await expect(reason(page, 'ntm-2025-advanced-120')).toContainText('(47 trên toàn tỉnh); Huyện Tiền Hải góp 7.');

  await page.getByRole('checkbox', { name: 'Huyện Kiến Xương' }).check();
  await expect(page).toHaveURL(/\?district=342,343$/);
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('10/11');
  await expect(value(page, 'ntm-2025-advanced-share-20')).toHaveText('23,6%');
  await expect(reason(page, 'ntm-2025-advanced-share-20')).toContainText('13/55');

  await page.getByRole('combobox', { name: 'Năm' }).selectOption('2024');
  await expect(page).toHaveURL(/\?district=342,343&year=2024$/);
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('37/41');

  await page.goBack();
  await expect(page).toHaveURL(/\?district=342,343$/);
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('10/11');
  await page.goBack();
  await expect(page).toHaveURL(/\?district=342$/);
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('8/9');
  await page.goForward();
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('10/11');
  expect(errors).toEqual([]);
});

test('a copied link reopens the same view', async ({ page }) => {
  await page.goto('/?district=342,343&year=2024&lang=en');
  await expect(page.getByRole('checkbox', { name: 'Huyện Tiền Hải' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Huyện Kiến Xương' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2024');
  await expect(reason(page, 'ocop-2025-rated-3plus')).toContainText('37 of 41 products rated in 2024');
  await expect(value(page, 'ocop-2025-rated-3plus')).toHaveText('90.2%');
  // The header in English too, from the document's own English words (meta.en).
  const header = page.getByRole('banner');
  await expect(header).toContainText('Illustrative sample data of the project');
  await expect(header).toContainText('Administrative boundaries before 1 Jul 2025');
  await expect(header.locator('.app-header__titles [lang="vi"], .app-header__facts [lang="vi"]')).toHaveCount(0);
});

test('an unknown district id in a link is ignored, not an empty page', async ({ page }) => {
  await page.goto('/?district=999');
  await expect(value(page, 'ocop-2025-rated-3plus')).toHaveText('82,2%');
});
