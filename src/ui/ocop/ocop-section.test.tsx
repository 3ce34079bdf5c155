import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import type { Target } from '../../contract/targets';
import { useViewStore } from '../../state/view-store';
import { sectionProps, summaryOf, tableOf } from '../../../tests/section-helpers';
import OcopSection from './ocop-section';

// Hand-checked on mocks/fixtures/small-document.ts (the reasoning per product is in src/domain/ocop/by-year.test.ts):
//   valid at the end of 2025: A = P1 3★, P2 4★, P4 3★; B = P5 5★, P7 4★ (P6 lapsed in 2025); C none.
//   rated in 2025: P2 4★, P3 2★, P4 3★ (A), P7 4★ (B) → 3 of 4; due for re-evaluation in 2025: P2, P7 kept, P6 lapsed.
//   OCOP subjects 2025: S1 cooperative (modern), S2 enterprise (not modern), S3 household (modern).
//   Targets: "rated" more than 80 %, "five" at least 1 by 31/12/2025; no maintained or modern-channel target.
function renderSection(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()) {
  return render(<OcopSection {...sectionProps(regionIds, year, doc)} />);
}

const target = (id: string, metric: string, value: number): Target => ({
  ...SMALL_TARGETS[0]!,
  id,
  metric,
  comparison: 'atLeast',
  value,
});

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('OcopSection: structure', () => {
  it('has the OCOP heading and its sub-group headings in order', () => {
    renderSection();
    const section = screen.getByRole('region', { name: 'OCOP' });
    expect(within(section).getByRole('heading', { level: 2, name: 'OCOP' })).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Sản phẩm OCOP qua các năm', 'So sánh các huyện', 'Nhóm sản phẩm và chủ thể OCOP', 'Danh sách sản phẩm']);
    expect(within(section).getAllByRole('heading', { level: 4 })).toHaveLength(8);
  });

  it('speaks English when the language is English', () => {
    useViewStore.setState({ locale: 'en' });
    renderSection();
    expect(summaryOf('ocop-stars-by-year')).toBe(
      'At the end of 2025, the whole province had 5 OCOP products: 2 with 3★, 2 with 4★, 1 with 5★.',
    );
  });
});

describe('OcopSection: products over the years', () => {
  it('counts valid products by stars from the first recognised year (2022) to the as-of year', async () => {
    renderSection();
    expect(summaryOf('ocop-stars-by-year')).toBe(
      'Cuối năm 2025, toàn tỉnh có 5 sản phẩm OCOP: 2 sản phẩm 3 sao, 2 sản phẩm 4 sao, 1 sản phẩm 5 sao.',
    );
    expect(await tableOf('ocop-stars-by-year')).toEqual([
      ['2022', '2', '1', '0', '3'],
      ['2023', '3', '1', '0', '4'],
      ['2024', '3', '1', '1', '5'],
      ['2025', '2', '2', '1', '5'],
    ]);
  });

  it('follows the selected year and regions (A in 2023: P1 and P2, both 3★)', () => {
    renderSection(['A'], 2023);
    expect(summaryOf('ocop-stars-by-year')).toBe(
      'Cuối năm 2023, Huyện An có 2 sản phẩm OCOP: 2 sản phẩm 3 sao, 0 sản phẩm 4 sao, 0 sản phẩm 5 sao.',
    );
  });

  it('says the numbers of a year before the charts start (2021: nothing yet)', () => {
    renderSection([], 2021);
    expect(summaryOf('ocop-stars-by-year')).toBe(
      'Cuối năm 2021, toàn tỉnh có 0 sản phẩm OCOP: 0 sản phẩm 3 sao, 0 sản phẩm 4 sao, 0 sản phẩm 5 sao.',
    );
  });

  it('gives the rated-3★+ share against the goal', async () => {
    renderSection();
    expect(summaryOf('ocop-rated-3plus-share')).toBe(
      'Năm 2025, toàn tỉnh có 3/4 sản phẩm được đánh giá đạt 3 sao trở lên (75%); mục tiêu: trên 80%.',
    );
    expect(await tableOf('ocop-rated-3plus-share')).toEqual([
      ['2022', '1', '1', '100%'],
      ['2023', '1', '1', '100%'],
      ['2024', '1', '1', '100%'],
      ['2025', '4', '3', '75%'],
    ]);
  });

  it('shows years without ratings as gaps and says so (A rated nothing in 2022 and 2024)', async () => {
    renderSection(['A']);
    expect(summaryOf('ocop-rated-3plus-share')).toBe(
      'Năm 2025, Huyện An có 2/3 sản phẩm được đánh giá đạt 3 sao trở lên (66,7%); mục tiêu: trên 80%.',
    );
    expect(await tableOf('ocop-rated-3plus-share')).toEqual([
      ['2022', '0', '0', 'Không có sản phẩm được đánh giá'],
      ['2023', '1', '1', '100%'],
      ['2024', '0', '0', 'Không có sản phẩm được đánh giá'],
      ['2025', '3', '2', '66,7%'],
    ]);
  });

  it('says when the selected year had no rating', () => {
    renderSection(['A'], 2024);
    expect(summaryOf('ocop-rated-3plus-share')).toBe('Năm 2024, Huyện An không có sản phẩm được đánh giá; mục tiêu: trên 80%.');
  });

  it('draws no goal where the document has no target', () => {
    renderSection([], 2025, buildSmallDocument({ targets: [] }));
    expect(summaryOf('ocop-rated-3plus-share')).toBe('Năm 2025, toàn tỉnh có 3/4 sản phẩm được đánh giá đạt 3 sao trở lên (75%).');
    expect(summaryOf('ocop-five-star')).toBe('Cuối năm 2025, toàn tỉnh có 1 sản phẩm 5 sao.');
  });

  it('compares 5★ products with the province goal, and a selection with the province', async () => {
    renderSection();
    expect(summaryOf('ocop-five-star')).toBe(
      'Cuối năm 2025, toàn tỉnh có 1 sản phẩm 5 sao; mục tiêu toàn tỉnh: ít nhất 1 (hạn 31/12/2025).',
    );
    expect(await tableOf('ocop-five-star')).toEqual([
      ['2022', '0'],
      ['2023', '0'],
      ['2024', '1'],
      ['2025', '1'],
    ]);
  });

  it('adds the province total beside a selection (A has no 5★ product, the province has P5)', async () => {
    renderSection(['A']);
    expect(summaryOf('ocop-five-star')).toBe(
      'Cuối năm 2025, Huyện An có 0 sản phẩm 5 sao, toàn tỉnh có 1; mục tiêu toàn tỉnh: ít nhất 1 (hạn 31/12/2025).',
    );
    expect(await tableOf('ocop-five-star')).toEqual([
      ['2022', '0', '0'],
      ['2023', '0', '0'],
      ['2024', '0', '1'],
      ['2025', '0', '1'],
    ]);
  });

  it('gives the maintained-or-upgraded share, with its goal when the document has one', async () => {
    const targets = [...SMALL_TARGETS, target('kept', 'ocop.maintained-upgraded-share', 50)];
    renderSection([], 2025, buildSmallDocument({ targets }));
    expect(summaryOf('ocop-maintained-upgraded-share')).toBe(
      'Năm 2025, toàn tỉnh có 2/3 sản phẩm đến hạn đánh giá lại được duy trì hoặc nâng hạng (66,7%); mục tiêu: ít nhất 50%.',
    );
    expect(await tableOf('ocop-maintained-upgraded-share')).toEqual([
      ['2022', '0', '0', 'Không có sản phẩm đến hạn đánh giá lại'],
      ['2023', '0', '0', 'Không có sản phẩm đến hạn đánh giá lại'],
      ['2024', '0', '0', 'Không có sản phẩm đến hạn đánh giá lại'],
      ['2025', '3', '2', '66,7%'],
    ]);
  });

  it('says when nothing came up for re-evaluation (2023)', () => {
    renderSection([], 2023);
    expect(summaryOf('ocop-maintained-upgraded-share')).toBe('Năm 2023, toàn tỉnh không có sản phẩm nào đến hạn đánh giá lại.');
  });
});

describe('OcopSection: districts compared', () => {
  it('lists every region, sorted by recognised products, with zeros for the one without products', async () => {
    renderSection(['B']);
    expect(summaryOf('ocop-regions')).toBe('Cuối năm 2025, Huyện An có nhiều sản phẩm OCOP nhất (3); 1/3 huyện chưa có sản phẩm OCOP nào.');
    expect(await tableOf('ocop-regions')).toEqual([
      ['Huyện An', '2', '1', '0', '3'],
      ['Huyện Bình', '0', '1', '1', '2'],
      ['Huyện Cát', '0', '0', '0', '0'],
    ]);
  });

  it('draws the first 15 regions and the selected ones, and says what happened to the rest', () => {
    // 15 more regions without products (Huyện Z01–Z15) after A (3), B (2) and C (0): sorted by products, then by
    // name, the chart keeps A, B, Cát, Z01–Z12, adds the selected Z15, and leaves Z13 and Z14 (0 products).
    const base = buildSmallDocument();
    const extra = Array.from({ length: 15 }, (_, i) => ({ id: `Z${i + 1}`, name: `Huyện Z${String(i + 1).padStart(2, '0')}` }));
    renderSection(['Z15'], 2025, buildSmallDocument({ regions: [...base.regions, ...extra] }));
    expect(screen.getByText(/^Biểu đồ hiện/).textContent).toBe(
      'Biểu đồ hiện 16 huyện (nhiều sản phẩm nhất và đang chọn); 2 huyện còn lại có tổng 0 sản phẩm, trung bình 0 sản phẩm mỗi huyện (thanh cuối). Bảng có đủ 18 huyện.',
    );
    const buttons = within(screen.getByRole('group', { name: /^Lọc theo huyện: / })).getAllByRole('button');
    expect(buttons).toHaveLength(16);
    expect(buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.textContent)).toEqual(['Huyện Z15 (0)']);
  });

  it('says when no region has a product yet (2021)', () => {
    renderSection([], 2021);
    expect(summaryOf('ocop-regions')).toBe('Cuối năm 2021, chưa huyện nào trong 3 huyện có sản phẩm OCOP.');
  });

  it('filters by a region from a keyboard-reachable button, the selected one pressed', async () => {
    renderSection(['B']);
    // Named after its chart: the page has such a group under each chart of districts.
    const group = screen.getByRole('group', { name: 'Lọc theo huyện: Sản phẩm OCOP theo huyện, cuối năm 2025' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Huyện An (3)', 'false'],
      ['Huyện Bình (2)', 'true'],
      ['Huyện Cát (0)', 'false'],
    ]);
    buttons[0]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().regionIds).toEqual(['A']);
  });
});

describe('OcopSection: groups and subjects', () => {
  it('counts products in all six groups, zeros included', async () => {
    renderSection();
    expect(summaryOf('ocop-groups')).toBe(
      'Cuối năm 2025, toàn tỉnh có nhiều sản phẩm OCOP nhất ở nhóm Thực phẩm (3/5); 3/6 nhóm chưa có sản phẩm.',
    );
    expect(await tableOf('ocop-groups')).toEqual([
      ['Thực phẩm', '1', '2', '0', '3'],
      ['Đồ uống', '1', '0', '0', '1'],
      ['Dược liệu và sản phẩm từ dược liệu', '0', '0', '0', '0'],
      ['Thủ công mỹ nghệ', '0', '0', '1', '1'],
      ['Sinh vật cảnh', '0', '0', '0', '0'],
      ['Dịch vụ du lịch cộng đồng, du lịch sinh thái', '0', '0', '0', '0'],
    ]);
  });

  it('says when the selection has no product (C)', () => {
    renderSection(['C']);
    expect(summaryOf('ocop-groups')).toBe('Cuối năm 2025, Huyện Cát chưa có sản phẩm OCOP nào.');
    expect(summaryOf('ocop-subjects')).toBe('Cuối năm 2025, Huyện Cát chưa có chủ thể nào có sản phẩm OCOP còn hiệu lực.');
    expect(summaryOf('ocop-modern-channels')).toBe('Cuối năm 2025, Huyện Cát chưa có chủ thể OCOP nào nên chưa tính được tỷ lệ.');
  });

  it('counts OCOP subjects by type, with and without modern channels', async () => {
    renderSection();
    expect(summaryOf('ocop-subjects')).toBe(
      'Cuối năm 2025, toàn tỉnh có 3 chủ thể OCOP (có sản phẩm còn hiệu lực): 1 hợp tác xã, 1 doanh nghiệp, 1 hộ kinh doanh, 0 tổ hợp tác.',
    );
    expect(await tableOf('ocop-subjects')).toEqual([
      ['Hợp tác xã', '1', '1', '0'],
      ['Doanh nghiệp', '1', '0', '1'],
      ['Hộ kinh doanh', '1', '1', '0'],
      ['Tổ hợp tác', '0', '0', '0'],
    ]);
  });

  it('gives the modern-channel share against the 50 % goal', async () => {
    const targets = [...SMALL_TARGETS, target('modern', 'ocop.modern-channel-subject-share', 50)];
    renderSection([], 2025, buildSmallDocument({ targets }));
    expect(summaryOf('ocop-modern-channels')).toBe(
      'Cuối năm 2025, toàn tỉnh có 2/3 chủ thể OCOP (66,7%) bán hàng qua kênh hiện đại; mục tiêu: ít nhất 50%.',
    );
    expect(await tableOf('ocop-modern-channels')).toEqual([
      ['Tất cả chủ thể OCOP', '3', '2', '66,7%'],
      ['Hợp tác xã', '1', '1', '100%'],
      ['Doanh nghiệp', '1', '0', '0%'],
      ['Hộ kinh doanh', '1', '1', '100%'],
      ['Tổ hợp tác', '0', '0', '—'],
    ]);
  });

  it('takes the selection into the share (A: S1 modern, S2 not)', () => {
    renderSection(['A']);
    expect(summaryOf('ocop-modern-channels')).toBe('Cuối năm 2025, Huyện An có 1/2 chủ thể OCOP (50%) bán hàng qua kênh hiện đại.');
  });
});
