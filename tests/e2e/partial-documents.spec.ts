// Documents with bad records, as a person meets them: the rest is shown, the bad records are listed by JSON
// path, and each figure they would have counted in is marked; even 200,000 problems leave the page working.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { validateDocument } from '../../src/data/document-problems';
import { indexDocument } from '../../src/domain/document-index';
import { computeMetric } from '../../src/domain/metrics';
import { formatValue } from '../../src/i18n/describe-target';
import { serveFixture, trackErrors } from './helpers';

const card = (page: Page, id: string) => page.locator(`article[data-target-id="${id}"]`);

/**
 * The built-in sample with 32 of its 645 products, NTM records and craft villages broken (5 %): 13 products
 * rated before 2025 get 9★, 11 NTM records outside Tiền Hải (342) an unknown level, 8 villages a non-boolean.
 */
function fivePercentBroken() {
  const doc = JSON.parse(readFileSync('public/data/thai-binh-sample.json', 'utf8'));
  const regionOf = new Map<string, string>(doc.communes.map((c: any) => [c.code, c.regionId]));
  const products = doc.ocop.products.map((p: any, i: number) => [p, i]).filter(([p]: any) => p.ratingYear < 2025);
  for (const [p] of products.slice(0, 13)) p.stars = 9;
  const ntm = doc.ntm.communes.filter((n: any) => regionOf.get(n.communeCode) !== '342');
  for (const n of ntm.filter((_: unknown, i: number) => i % 7 === 0).slice(0, 11)) n.level = 'great';
  for (const v of doc.craftVillages.filter((_: unknown, i: number) => i % 9 === 0).slice(0, 8)) v.recognised = 'yes';
  return doc;
}

test('5 % bad records: the rest is shown, each bad record is listed, and the figures they touch are marked', async ({ page }) => {
  const errors = trackErrors(page);
  const doc = fivePercentBroken();
  const checked = validateDocument(doc);
  if (!checked.ok) throw new Error('the document must stay usable');
  await serveFixture(page, '/fixtures/partial.json', doc);
  await page.goto('/?source=/fixtures/partial.json');

  const notice = page.getByTestId('excluded-notice');
  await expect(notice.getByRole('heading')).toHaveText('⚠ Đã bỏ qua 32 bản ghi lỗi — số liệu không gồm các bản ghi này');
  await notice.getByText('Danh sách 32 lỗi theo đường dẫn JSON').click();
  await expect(notice.getByRole('listitem')).toHaveCount(32);
  await expect(notice.getByRole('listitem').filter({ hasText: 'ocop.products[' }).first()).toContainText('phải từ 1 đến 5, nhận được 9');
  await expect(notice.getByRole('listitem').filter({ hasText: '.level' }).first()).toContainText('giá trị không hợp lệ');

  // The products broken were rated before 2025, so the 2025 share keeps its hand-checked 37/45, but it is marked:
  // the rule does not look at years, as a bad record's year may be its faulty value.
  await expect(card(page, 'ocop-2025-rated-3plus').getByTestId('target-value')).toHaveText('82,2%*');
  await expect(card(page, 'ocop-2025-rated-3plus').getByTestId('excluded-mark')).toHaveText('* không gồm 13 bản ghi lỗi');
  await expect(card(page, 'ntm-2025-advanced-120').getByTestId('excluded-mark')).toHaveText('* không gồm 11 bản ghi lỗi');
  // A village counts its subjects' products anywhere: 8 villages and 13 products.
  await expect(card(page, 'ocop-2025-craft-villages').getByTestId('excluded-mark')).toHaveText('* không gồm 21 bản ghi lỗi');
  // The figures are those of the remaining records.
  const index = indexDocument(checked.document);
  const advanced = computeMetric(index, 'ntm.advanced-or-higher-count', { regionIds: null, year: 2025 });
  if (advanced?.kind !== 'value') throw new Error('expected a value');
  await expect(card(page, 'ntm-2025-advanced-120').getByTestId('target-value')).toHaveText(
    `${formatValue(advanced.value, 'count', 'vi')}*`,
  );
  await expect(page.getByTestId('headline-excluded')).toContainText('không gồm 32 bản ghi lỗi');
  await expect(page.locator('#section-ntm').getByTestId('section-excluded')).toHaveText(
    '* Biểu đồ và bảng của phần này không gồm 11 bản ghi lỗi.',
  );

  // Tiền Hải had no bad NTM record: its share is unmarked and keeps its hand-checked 25,9 % (7/27).
  await page.getByRole('checkbox', { name: 'Huyện Tiền Hải' }).check();
  await expect(card(page, 'ntm-2025-advanced-share-20').getByTestId('target-value')).toHaveText('25,9%');
  await expect(card(page, 'ntm-2025-advanced-share-20').getByTestId('excluded-mark')).toHaveCount(0);
  await expect(page.locator('#section-ntm').getByTestId('section-excluded')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('200,000 problems: the page says so, lists the first 1,000 and keeps working', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = trackErrors(page);
  const doc = buildSmallDocument();
  // Four problems each: stars, group, status and decision date.
  const bad = { ...doc.ocop.products[0]!, stars: 9, group: 'x', status: 'y', decisionDate: '2025-02-30' };
  const products = [...doc.ocop.products, ...Array.from({ length: 50_000 }, (_, i) => ({ ...bad, id: `X${i}` }))];
  await serveFixture(page, '/fixtures/many-problems.json', { ...doc, ocop: { ...doc.ocop, products } });
  await page.goto('/?source=/fixtures/many-problems.json');

  const notice = page.getByTestId('excluded-notice');
  await expect(notice.getByRole('heading')).toHaveText('⚠ Đã bỏ qua 50.000 bản ghi lỗi — số liệu không gồm các bản ghi này', {
    timeout: 90_000,
  });
  await notice.getByText('Danh sách 200.000 lỗi theo đường dẫn JSON').click();
  await expect(notice.getByRole('listitem')).toHaveCount(1000);
  await expect(notice).toContainText('… và 199.000 lỗi khác.');
  // The good records are shown: the small document's figures, each marked.
  await expect(card(page, 'rated').getByTestId('target-value')).toHaveText('75%*');
  await expect(page.getByText('mất mạng')).toHaveCount(0);
  expect(errors).toEqual([]);
});
