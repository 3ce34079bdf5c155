import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import { indexDocument } from '../../domain/document-index';
import { useViewStore } from '../../state/view-store';
import { CommuneTable } from './commune-table';

// The small document's NTM communes at the end of 2025 (mocks/fixtures/small-document.ts):
//   Xã Vũ Lễ (Huyện An) advanced 2024, 19/19, no per-criterion status, history 2020 ntm;
//   Xã Đông Xá (Huyện An) model 2025, 19/19; Xã An Ninh (Huyện Bình) ntm 2020, 17/19 with criteria 1–17 met.
function renderTable(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()) {
  return render(<CommuneTable index={indexDocument(doc)} regionIds={regionIds} year={year} scopeLabel="Toàn tỉnh" />);
}

const table = () => screen.getByRole('table', { name: /Các xã có số liệu nông thôn mới/ });
const bodyRows = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
const names = () => bodyRows().map((r) => r[0]);
const count = () => screen.getByTestId('ntm-communes-count').textContent;

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));
afterEach(() => vi.restoreAllMocks());

describe('CommuneTable', () => {
  it('lists the communes by name with level (shape and word), year recognised and criteria met', () => {
    renderTable();
    expect(count()).toBe('Hiển thị 3/3 xã');
    expect(bodyRows()).toEqual([
      ['Xã An Ninh', 'Huyện Bình', '● Đạt chuẩn NTM', '2020', '17/19'],
      ['Xã Đông Xá', 'Huyện An', '★ NTM kiểu mẫu', '2025', '19/19'],
      ['Xã Vũ Lễ', 'Huyện An', '▲ NTM nâng cao', '2024', '19/19'],
    ]);
    expect(screen.getByRole('region', { name: /Các xã có số liệu nông thôn mới, mức đạt chuẩn cuối năm 2025/ })).toHaveAttribute(
      'tabindex',
      '0',
    );
  });

  it('shows levels at the end of the chosen year (2023: Vũ Lễ still NTM, criteria count unknown)', () => {
    renderTable([], 2023);
    expect(bodyRows()).toEqual([
      ['Xã An Ninh', 'Huyện Bình', '● Đạt chuẩn NTM', '2020', '17/19'],
      ['Xã Đông Xá', 'Huyện An', '▲ NTM nâng cao', '2023', '—/19'],
      ['Xã Vũ Lễ', 'Huyện An', '● Đạt chuẩn NTM', '2020', '—/19'],
    ]);
  });

  it.each([
    ['vu le', ['Xã Vũ Lễ']],
    ['dong xa', ['Xã Đông Xá']],
    ['XA', ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']],
  ])('finds %j without diacritics', async (query, expected) => {
    renderTable();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Tìm xã (gõ không dấu cũng được)' }), query);
    expect(names()).toEqual(expected);
    expect(count()).toBe(`Hiển thị ${expected.length}/${expected.length} xã`);
  });

  it('filters by level and says when nothing matches', async () => {
    renderTable();
    const level = screen.getByRole('combobox', { name: 'Mức đạt chuẩn' });
    await userEvent.selectOptions(level, 'model');
    expect(names()).toEqual(['Xã Đông Xá']);
    await userEvent.selectOptions(level, 'none');
    expect(screen.getByText('Không có xã nào khớp với từ tìm kiếm và mức đã chọn.')).toBeInTheDocument();
    expect(count()).toBe('Hiển thị 0/0 xã');
  });

  it('sorts by a column header button, with aria-sort on the header', async () => {
    renderTable();
    const header = (name: string) => screen.getByRole('columnheader', { name });
    expect(header('Xã')).toHaveAttribute('aria-sort', 'ascending'); // by name at first
    await userEvent.click(within(table()).getByRole('button', { name: 'Mức đạt chuẩn' }));
    expect(header('Mức đạt chuẩn')).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Xã An Ninh', 'Xã Vũ Lễ', 'Xã Đông Xá']); // ntm, advanced, model
    await userEvent.click(within(table()).getByRole('button', { name: 'Mức đạt chuẩn' }));
    expect(header('Mức đạt chuẩn')).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Xã Đông Xá', 'Xã Vũ Lễ', 'Xã An Ninh']);
    expect(header('Xã')).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(table()).getByRole('button', { name: 'Năm công nhận' }));
    expect(names()).toEqual(['Xã An Ninh', 'Xã Vũ Lễ', 'Xã Đông Xá']); // 2020, 2024, 2025
  });

  it('opens a commune with its criteria, and Escape returns focus to its name', async () => {
    renderTable();
    const button = within(table()).getByRole('button', { name: 'Xã An Ninh' });
    await userEvent.click(button);
    const panel = screen.getByRole('region', { name: 'Xã An Ninh' });
    expect(within(panel).getByRole('heading', { level: 4, name: 'Xã An Ninh' })).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const facts = [...panel.querySelectorAll('dl > div')].map((d) => d.textContent);
    expect(facts).toEqual([
      'HuyệnHuyện Bình',
      'Mức đạt chuẩn hiện tại● Đạt chuẩn NTM',
      'Năm công nhận2020',
      'Số tiêu chí đạt17/19',
      'Bộ tiêu chíBộ tiêu chí 2021–2025',
    ]);
    const criteria = within(panel).getAllByRole('list')[0]!;
    const items = within(criteria)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(19);
    expect(items.filter((t) => t?.endsWith(': Đạt'))).toHaveLength(17);
    expect(items.slice(16)).toEqual(['✓ Tiêu chí 17: Đạt', '✕ Tiêu chí 18: Chưa đạt', '✕ Tiêu chí 19: Chưa đạt']);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Xã An Ninh' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('says when a record has no per-criterion status, shows its history, and closes with the button', async () => {
    renderTable();
    const button = within(table()).getByRole('button', { name: 'Xã Vũ Lễ' });
    await userEvent.click(button);
    const panel = screen.getByRole('region', { name: 'Xã Vũ Lễ' });
    expect(within(panel).getByText('Dữ liệu không có tình trạng từng tiêu chí của xã này.')).toBeInTheDocument();
    expect(
      within(within(panel).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2020 ● Đạt chuẩn NTM', '2024 ▲ NTM nâng cao (19/19) · hiện tại']);
    await userEvent.click(within(panel).getByRole('button', { name: 'Đóng thông tin Xã Vũ Lễ' }));
    expect(screen.queryByRole('region', { name: 'Xã Vũ Lễ' })).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('names criteria from the criteria set', async () => {
    const doc = buildSmallDocument();
    doc.ntm.criteriaSets = [{ id: '2021-2025', label: { vi: 'Bộ 318' }, criteria: [{ id: 18, name: { vi: 'Hệ thống chính trị' } }] }];
    renderTable([], 2025, doc);
    await userEvent.click(within(table()).getByRole('button', { name: 'Xã An Ninh' }));
    expect(screen.getByText('18. Hệ thống chính trị')).toBeInTheDocument();
  });

  it('shows 100 rows at a time, "show more" adds 100, and a new search starts again at 100', async () => {
    const communes = Array.from({ length: 230 }, (_, i) => ({ code: `c${i}`, name: `Xã Số ${i}`, regionId: 'A' }));
    const base = buildSmallDocument({ communes });
    const doc = {
      ...base,
      ntm: {
        ...base.ntm,
        communes: communes.map((c) => ({
          communeCode: c.code,
          level: 'ntm' as const,
          yearRecognised: 2020,
          criteriaSet: '2021-2025',
          criteriaMet: 19,
          criteriaTotal: 19,
        })),
      },
    };
    renderTable([], 2025, doc);
    expect(count()).toBe('Hiển thị 100/230 xã');
    expect(bodyRows()).toHaveLength(100);
    expect(names().slice(0, 3)).toEqual(['Xã Số 0', 'Xã Số 1', 'Xã Số 2']); // numeric collation: 2 before 10
    await userEvent.click(screen.getByRole('button', { name: 'Hiển thị thêm 100 xã' }));
    expect(count()).toBe('Hiển thị 200/230 xã');
    await userEvent.click(screen.getByRole('button', { name: 'Hiển thị thêm 30 xã' }));
    expect(count()).toBe('Hiển thị 230/230 xã');
    expect(screen.queryByRole('button', { name: /Hiển thị thêm/ })).not.toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox'), 'so 1');
    // "Số" then a number starting with 1: 1, 10–19 and 100–199 → 111 (21, 31 … no longer match: "1" must start a word).
    expect(count()).toBe('Hiển thị 100/111 xã');
  });

  it('downloads the filtered, sorted rows as CSV', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:ntm';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderTable();
    await userEvent.type(screen.getByRole('searchbox'), 'an ninh');
    await userEvent.click(screen.getByRole('button', { name: 'Tải CSV' }));
    // Blob.text() decodes UTF-8 and drops the byte-order mark, so check its three bytes apart.
    expect([...new Uint8Array(await blobs[0]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await blobs[0]!.text()).toBe(
      'Mã xã;Xã;Huyện;Mức đạt chuẩn;Năm công nhận;Tiêu chí đạt;Tổng số tiêu chí\r\nb1;Xã An Ninh;Huyện Bình;Đạt chuẩn NTM;2020;17;19\r\n',
    );
  });
});
