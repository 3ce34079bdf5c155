// Statuses a leader can trust on the built-in sample (as of 30/06/2025): the maintained share counts only the
// products due by then, a flow is judged by the pace for half a year, a district filter never puts a province
// status beside a district figure unmarked, and searches find what is typed.
import { expect, test, type Page } from '@playwright/test';
import { trackErrors } from './helpers';

const card = (page: Page, id: string) => page.locator(`article[data-target-id="${id}"]`);

test('mid-year: the maintained share counts the products due by 30/06/2025, the subjects target follows half-year pace', async ({
  page,
}) => {
  const errors = trackErrors(page);
  await page.goto('/');
  // Hand-checked on the sample: 14 products recognised before 2025 came up for re-evaluation by 30/06/2025
  // (re-rated in 2025, or certificate expired by then); 11 were re-recognised or upgraded → 78,6 %.
  const maintained = card(page, 'ocop-2025-maintained');
  await expect(maintained.getByTestId('target-value')).toHaveText('78,6%');
  await expect(maintained.locator('[data-status]')).toHaveText(/Đạt/);
  await expect(maintained.getByTestId('target-reason')).toContainText('11/14 sản phẩm đến hạn đến 30/06/2025');
  // 37 subjects developed by 30/06/2025; 60 by 31/12 from 0 on 01/01 expects 60 × 180/364 ≈ 29,7 → about 30.
  const subjects = card(page, 'ocop-2025-subjects');
  await expect(subjects.getByTestId('target-value')).toHaveText('37');
  await expect(subjects.locator('[data-status]')).toHaveText(/Đúng tiến độ/);
  await expect(subjects.getByTestId('target-reason')).toContainText('theo tiến độ cần khoảng 30 đến 30/06/2025');
  await expect(subjects.getByTestId('target-reason')).not.toContainText('cuối năm 2025');
  // Last year to the same date: 76 subjects by 30/06/2024 (109 in the whole of 2024).
  await expect(subjects).toContainText('so với cùng kỳ năm 2024 (76 đến 30/06/2024)');
  expect(errors).toEqual([]);
});

test('one district: every province status beside a district figure says it is the province’s', async ({ page }) => {
  await page.goto('/?district=342');
  const craft = card(page, 'ocop-2025-craft-villages');
  await expect(craft.getByTestId('target-owner')).toHaveText('Mục tiêu của tỉnh');
  await expect(craft.getByTestId('target-value')).toHaveText('3');
  await expect(craft.getByTestId('target-contribution')).toHaveText('0');
  // Every card judged on the province carries the mark; every other card is judged on the district.
  const cards = page.locator('article[data-target-id]');
  const n = await cards.count();
  expect(n).toBe(10);
  for (let i = 0; i < n; i++) {
    const c = cards.nth(i);
    const judged = await c.getAttribute('data-judged-on');
    if (judged === 'province') await expect(c.getByTestId('target-owner')).toHaveText('Mục tiêu của tỉnh');
    else await expect(c.getByTestId('target-owner')).toHaveCount(0);
  }
  // The tally counts only what is judged on the district; the province counts are named apart.
  // Tiền Hải's own: the five shares (rated 8/9, maintained 5/5, advanced 7/27 achieved; modern channels, model
  // share at risk); the five province counts: craft villages achieved, subjects on track, three at risk.
  await expect(page.locator('.summary__counts')).toContainText('3/5 mục tiêu đã đạt, 0 đúng tiến độ, 2 có nguy cơ');
  await expect(page.locator('.summary__counts')).toContainText(
    '5 mục tiêu số lượng của tỉnh được đánh giá trên toàn tỉnh, không tính cho Huyện Tiền Hải: 1 đạt, 1 đúng tiến độ, 3 có nguy cơ',
  );
});

test('a year the document does not have keeps the address, shows the nearest year and says so', async ({ page }) => {
  await page.goto('/?year=2031');
  await expect(page).toHaveURL(/year=2031/);
  await expect(page.getByTestId('year-moved')).toHaveText('Tài liệu không có năm 2031; đang hiển thị năm 2025, năm gần nhất có số liệu.');
  await expect(page.getByRole('combobox', { name: 'Năm' })).toHaveValue('2025');
});

test('"dong xa" lists Xã Đông Xá first; "vule" finds Vũ Lễ; product "vu le" is not "cà gai leo Vũ Hội"', async ({ page }) => {
  await page.goto('/');
  const communeSearch = page.getByRole('searchbox', { name: 'Tìm xã (gõ không dấu cũng được)' });
  const communes = page.locator('#section-ntm table').last().locator('tbody tr');
  await communeSearch.fill('dong xa');
  await expect(communes.first()).toContainText('Xã Đông Xá');
  await communeSearch.fill('vule');
  await expect(communes).toHaveCount(1);
  await expect(communes.first()).toContainText('Xã Vũ Lễ');
  const productSearch = page.getByRole('searchbox', { name: 'Tìm theo tên sản phẩm, chủ thể hoặc xã' });
  await productSearch.fill('vu le');
  const products = page.locator('#section-ocop table').last().locator('tbody');
  await expect(products).not.toContainText('Vũ Hội');
});

test('a district’s own target stands apart in the province view and counts as the district’s when it is selected', async ({ page }) => {
  await page.goto('/');
  const vuThu = card(page, 'ntm-2024-vu-thu-advanced-8');
  await expect(page.getByRole('heading', { name: 'Mục tiêu riêng của các huyện (không tính vào kết quả của tỉnh)' })).toBeVisible();
  await expect(vuThu.getByTestId('target-owner')).toHaveText('Mục tiêu riêng của Huyện Vũ Thư');
  // Vũ Thư had 4 advanced communes by 30/06/2025 against 8 due at the end of 2024: not achieved.
  await expect(vuThu.getByTestId('target-value')).toHaveText('4');
  await expect(vuThu.locator('[data-status]')).toHaveText(/Chưa đạt/);
  await expect(page.locator('.summary__counts')).toContainText('1 mục tiêu riêng của huyện được xếp riêng, 0 đã đạt.');
  await page.goto('/?district=344');
  await expect(vuThu).toBeVisible();
  await expect(page.locator('.summary__counts')).toContainText('/6 mục tiêu đã đạt');
  await page.goto('/?district=342');
  await expect(vuThu).toHaveCount(0);
});
