// The product and commune tables' search and filters live in the address: a shared link reopens them, back/forward work.
import { expect, test } from '@playwright/test';
import { trackErrors } from './helpers';

test('a shared link reopens both tables searched and filtered; back and forward step through filter changes', async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto('/?product=vu%20le&stars=3&commune=vu%20le&level=advanced');
  const productSearch = page.getByRole('searchbox', { name: 'Tìm theo tên sản phẩm, chủ thể hoặc xã' });
  const stars = page.getByRole('combobox', { name: 'Số sao' });
  const group = page.getByRole('combobox', { name: 'Nhóm sản phẩm' });
  const communeSearch = page.getByRole('searchbox', { name: 'Tìm xã (gõ không dấu cũng được)' });
  const level = page.getByRole('combobox', { name: 'Mức đạt chuẩn' });
  await expect(productSearch).toHaveValue('vu le');
  await expect(stars).toHaveValue('3');
  await expect(group).toHaveValue('all');
  await expect(communeSearch).toHaveValue('vu le');
  await expect(level).toHaveValue('advanced');
  const communes = page.locator('#section-ntm table').last().locator('tbody tr');
  await expect(communes).toHaveCount(1);
  await expect(communes.first()).toContainText('Xã Vũ Lễ');

  // A filter is a step in the history; typing in a search box is not one per letter.
  await group.selectOption('food');
  await expect(page).toHaveURL(/[?&]group=food(&|$)/);
  await communeSearch.fill('dong xa');
  await expect(page).toHaveURL(/[?&]commune=dong\+xa(&|$)/);
  await level.selectOption('all');
  await expect(page).not.toHaveURL(/level=/);
  await expect(communes.first()).toContainText('Xã Đông Xá');

  await page.goBack();
  await expect(level).toHaveValue('advanced');
  await expect(communeSearch).toHaveValue('dong xa');
  await expect(group).toHaveValue('food');
  await page.goBack();
  await expect(group).toHaveValue('all');
  await expect(communeSearch).toHaveValue('vu le');
  await expect(page).toHaveURL(/product=vu(%20|\+)le/);
  await page.goForward();
  await expect(group).toHaveValue('food');
  expect(errors).toEqual([]);
});
