import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSmallDocument, SMALL_PRODUCTS } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import { indexDocument } from '../../domain/document-index';
import { productRows } from '../../domain/product-table';
import { CATALOGUE } from '../../i18n/messages';
import { OCOP_MESSAGES } from '../../i18n/messages-ocop';
import { useViewStore } from '../../state/view-store';
import { productCsv } from './product-csv';
import { ProductTable } from './product-table';

// The small document's products as of 30/06/2025 (see src/domain/product-table.test.ts):
//   A: P1 Nước mắm An 3★ (expires 01/05/2026, within 12 months), P2 Gạo nếp An 4★, P3 Rượu Lễ 2★ (not recognised),
//      P4 Trà Vũ Lễ 3★; B: P5 Chiếu cói Bình 5★, P6 Mật ong Bình (lapsed), P7 Bánh cáy Bình 4★.
//   Communes: P1, P2 in Xã Vũ Lễ; P3, P4 in Xã Đông Xá; subject of P3, P4: Công ty Lễ.

function renderTable(regionIds: string[] = [], doc: DashboardDocument = buildSmallDocument()) {
  const scopeLabel = regionIds.length === 0 ? 'Toàn tỉnh' : regionIds.join(', ');
  return render(<ProductTable index={indexDocument(doc)} regionIds={regionIds} scopeLabel={scopeLabel} />);
}

const table = () => screen.getByRole('table', { name: /Sản phẩm của/ });
/** Product names in the order shown. */
const names = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.querySelector('th')?.textContent);
const count = () => screen.getByTestId('ocop-products-count').textContent;

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('ProductTable', () => {
  it('lists the products of the view by name, with the count and the expiring certificates', () => {
    renderTable();
    expect(count()).toBe('Hiển thị 7/7 sản phẩm');
    expect(names()).toEqual(['Bánh cáy Bình', 'Chiếu cói Bình', 'Gạo nếp An', 'Mật ong Bình', 'Nước mắm An', 'Rượu Lễ', 'Trà Vũ Lễ']);
    expect(screen.getByTestId('ocop-expiring-count')).toHaveTextContent(
      '1 sản phẩm trong danh sách có giấy chứng nhận hết hạn trong 12 tháng tới (từ 30/06/2025 đến 30/06/2026).',
    );
    const p1 = within(table()).getByRole('rowheader', { name: 'Nước mắm An' }).closest('tr')!;
    expect([...p1.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '3 sao',
      'Thực phẩm',
      'HTX AnHợp tác xã',
      'Xã Vũ Lễ',
      'Huyện An',
      '2023',
      'Mới',
      '01/05/2026!Hết hạn trong 12 tháng',
    ]);
    expect(within(table()).getAllByText('Hết hạn trong 12 tháng')).toHaveLength(1);
  });

  it('respects the district filter of the view (B: P5, P6, P7; nothing expiring)', () => {
    renderTable(['B']);
    expect(count()).toBe('Hiển thị 3/3 sản phẩm');
    expect(names()).toEqual(['Bánh cáy Bình', 'Chiếu cói Bình', 'Mật ong Bình']);
    expect(screen.getByTestId('ocop-expiring-count')).toHaveTextContent(/^!0 sản phẩm/);
  });

  it('searches product, subject and commune names without diacritics ("vu le")', async () => {
    renderTable();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Tìm theo tên sản phẩm, chủ thể hoặc xã' }), 'vu le');
    expect(await screen.findByText('Hiển thị 3/3 sản phẩm')).toBeInTheDocument();
    // The product named after Vũ Lễ first; then products of Xã Vũ Lễ (a commune-name match), in the table's order.
    expect(names()).toEqual(['Trà Vũ Lễ', 'Gạo nếp An', 'Nước mắm An']);
  });

  it('says when nothing matches', async () => {
    renderTable();
    await userEvent.type(screen.getByRole('searchbox'), 'xyz');
    expect(await screen.findByText('Không có sản phẩm nào khớp với bộ lọc.')).toBeInTheDocument();
    expect(count()).toBe('Hiển thị 0/0 sản phẩm');
  });

  it.each([
    ['Chưa được công nhận', ['Mật ong Bình', 'Rượu Lễ']],
    ['3 sao', ['Nước mắm An', 'Trà Vũ Lễ']],
    ['4 sao', ['Bánh cáy Bình', 'Gạo nếp An']],
    ['5 sao', ['Chiếu cói Bình']],
  ])('filters by stars: %s', async (option, expected) => {
    renderTable();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Số sao' }), option);
    expect(names()).toEqual(expected);
  });

  it('filters by group and by expiring certificates', async () => {
    renderTable();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Nhóm sản phẩm' }), 'Đồ uống');
    expect(names()).toEqual(['Rượu Lễ', 'Trà Vũ Lễ']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Nhóm sản phẩm' }), 'Tất cả các nhóm');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Chỉ sản phẩm hết hạn trong 12 tháng' }));
    expect(names()).toEqual(['Nước mắm An']);
  });

  it('sorts by a column header button, saying the order with aria-sort', async () => {
    renderTable();
    const header = (name: string) => within(table()).getByRole('columnheader', { name: new RegExp(name) });
    expect(header('Sản phẩm')).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header('Số sao')).getByRole('button'));
    expect(header('Số sao')).toHaveAttribute('aria-sort', 'descending');
    expect(header('Sản phẩm')).toHaveAttribute('aria-sort', 'none');
    // Recognised stars, most first; ties by name; the lapsed 3★ (P6) before the 2★ (P3).
    expect(names()).toEqual(['Chiếu cói Bình', 'Bánh cáy Bình', 'Gạo nếp An', 'Nước mắm An', 'Trà Vũ Lễ', 'Mật ong Bình', 'Rượu Lễ']);
    await userEvent.click(within(header('Hết hạn')).getByRole('button'));
    // Soonest first; P3 has no certificate and goes last.
    expect(names()).toEqual(['Mật ong Bình', 'Nước mắm An', 'Chiếu cói Bình', 'Gạo nếp An', 'Trà Vũ Lễ', 'Bánh cáy Bình', 'Rượu Lễ']);
    await userEvent.click(within(header('Huyện')).getByRole('button'));
    expect(names()).toEqual(['Gạo nếp An', 'Nước mắm An', 'Rượu Lễ', 'Trà Vũ Lễ', 'Bánh cáy Bình', 'Chiếu cói Bình', 'Mật ong Bình']);
    await userEvent.click(within(header('Huyện')).getByRole('button'));
    expect(header('Huyện')).toHaveAttribute('aria-sort', 'descending');
    expect(names()[0]).toBe('Bánh cáy Bình');
  });

  it('shows 100 rows at a time, with a button for more', async () => {
    const extra = Array.from({ length: 150 }, (_, i) => ({ ...SMALL_PRODUCTS[0]!, id: `X${i}`, name: `Sản phẩm ${i + 1}` }));
    const base = buildSmallDocument();
    renderTable([], buildSmallDocument({ ocop: { ...base.ocop, products: [...SMALL_PRODUCTS, ...extra] } }));
    expect(count()).toBe('Hiển thị 100/157 sản phẩm');
    expect(names()).toHaveLength(100);
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm 57 sản phẩm' }));
    expect(count()).toBe('Hiển thị 157/157 sản phẩm');
    expect(screen.queryByRole('button', { name: /Xem thêm/ })).toBeNull();
    // The clones of P1 all expire on 01/05/2026: 151 within 12 months.
    expect(screen.getByTestId('ocop-expiring-count')).toHaveTextContent(/^!151 sản phẩm/);
  });

  it('keeps the table inside its own scrolling, keyboard-reachable region', () => {
    renderTable();
    const region = screen.getByRole('region', { name: 'Sản phẩm của toàn tỉnh theo hồ sơ đến 30/06/2025' });
    expect(region).toHaveClass('ocop-products__scroll');
    expect(region).toHaveAttribute('tabindex', '0');
  });
});

describe('ProductTable CSV', () => {
  const created: Blob[] = [];
  beforeEach(() => {
    created.length = 0;
    URL.createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });

  it('writes a header and one line per product, with raw values', () => {
    const index = indexDocument(buildSmallDocument());
    const csv = productCsv(productRows(index, ['A']).slice(0, 1), OCOP_MESSAGES.vi, CATALOGUE.vi, 'Huyện');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFMã sản phẩm,Sản phẩm,Số sao,Số sao còn hiệu lực,Nhóm,Chủ thể,Loại hình chủ thể,Xã,Mã xã,Huyện,Năm đánh giá,Trạng thái,Hết hạn,Hết hạn trong 12 tháng',
      'P1,Nước mắm An,3,3,Thực phẩm,HTX An,Hợp tác xã,Xã Vũ Lễ,a1,Huyện An,2023,Mới,2026-05-01,có',
      '',
    ]);
  });

  it('downloads the filtered rows only', async () => {
    renderTable();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Số sao' }), '5 sao');
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Tải CSV các sản phẩm đã lọc' }));
    });
    expect(created).toHaveLength(1);
    const lines = (await created[0]!.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(
      'P5;Chiếu cói Bình;5;5;Thủ công mỹ nghệ;Hộ Bình;Hộ kinh doanh;Xã An Ninh;b1;Huyện Bình;2024;Mới;2027-10-01;không',
    );
  });
});
