import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import { useViewStore } from '../../state/view-store';
import { sectionProps, summaryOf, tableOf } from '../../../tests/section-helpers';
import NtmSection from './ntm-section';

// Hand-checked on mocks/fixtures/small-document.ts (see src/domain/ntm/*.test.ts):
//   a1 Xã Vũ Lễ (Huyện An): ntm 2020 → advanced 2024; a2 Xã Đông Xá (Huyện An): ntm 2020 → advanced 2023 → model 2025;
//   b1 Xã An Ninh (Huyện Bình): ntm 2020; Huyện Cát has no commune. Target "advanced": at least 4 advanced-or-higher.
function renderSection(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()) {
  return render(<NtmSection {...sectionProps(regionIds, year, doc)} />);
}

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('NtmSection: headings and levels by region', () => {
  it('renders the section with its heading and sub-group headings in order', () => {
    renderSection();
    const section = screen.getByRole('region', { name: 'Nông thôn mới' });
    expect(within(section).getByRole('heading', { level: 2, name: 'Nông thôn mới' })).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Theo huyện', 'Theo năm', 'Xã mới được công nhận', 'Danh sách xã']);
  });

  it('lists every region by level at the end of the year, with zeros for the region without communes', async () => {
    renderSection();
    // A: a1 advanced + a2 model = 2 of 2; B: b1 ntm; C: nothing. B and C have no advanced commune.
    expect(summaryOf('ntm-region-levels')).toBe(
      'Cuối năm 2025: Huyện An dẫn đầu với 2/2 xã đạt NTM nâng cao trở lên; 2/3 huyện chưa có xã nào đạt mức này.',
    );
    expect(await tableOf('ntm-region-levels')).toEqual([
      ['Huyện An', '0', '0', '1', '1', '2', '2', '100%'],
      ['Huyện Bình', '0', '1', '0', '0', '1', '0', '0%'],
      ['Huyện Cát', '0', '0', '0', '0', '0', '0', '—'],
    ]);
  });

  it('says when no region has an advanced commune yet (2019: nobody recognised)', () => {
    renderSection([], 2019);
    expect(summaryOf('ntm-region-levels')).toBe('Cuối năm 2019: chưa huyện nào có xã đạt NTM nâng cao trở lên (3 huyện, 3 xã).');
  });

  it('filters by a region from the keyboard-reachable buttons, and marks the selected one', async () => {
    renderSection(['B']);
    const group = screen.getByRole('group', { name: /^Lọc theo huyện: / });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Huyện An', 'Huyện Bình', 'Huyện Cát']);
    expect(within(group).getByRole('button', { name: 'Huyện Bình' })).toHaveAttribute('aria-pressed', 'true');
    within(group).getByRole('button', { name: 'Huyện An' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().regionIds).toEqual(['A']);
  });

  it('draws the first 15 of many regions, sums the rest, and keeps a selected region beyond them', () => {
    // 20 regions R00–R19; region Rk has k communes at advanced level, so R19 leads and R00–R04 are summed.
    const regions = Array.from({ length: 20 }, (_, k) => ({ id: `R${k}`, name: `Huyện ${String(k).padStart(2, '0')}` }));
    const communes = regions.flatMap((r, k) =>
      Array.from({ length: k }, (__, j) => ({ code: `${r.id}-${j}`, name: `Xã ${r.id}-${j}`, regionId: r.id })),
    );
    const base = buildSmallDocument({ regions, communes });
    const doc = {
      ...base,
      ntm: {
        ...base.ntm,
        communes: communes.map((c) => ({
          communeCode: c.code,
          level: 'advanced' as const,
          yearRecognised: 2024,
          criteriaSet: '2021-2025',
          criteriaMet: 19,
          criteriaTotal: 19,
        })),
      },
    };
    renderSection(['R2'], 2025, doc);
    const buttons = within(screen.getByRole('group', { name: /^Lọc theo huyện: / })).getAllByRole('button');
    expect(buttons).toHaveLength(16); // 15 leaders + the selected R2
    expect(buttons.at(-1)).toHaveTextContent('Huyện 02');
    expect(buttons.at(-1)).toHaveAttribute('aria-pressed', 'true');
    // R02 is drawn after the 15 leaders (position 15); R00, R01, R03, R04 are summed into one bar.
    expect(screen.getByText(/^Biểu đồ vẽ 16 huyện/)).toHaveTextContent(
      'Biểu đồ vẽ 16 huyện có nhiều xã NTM nâng cao nhất và huyện đang chọn; 4 huyện còn lại gộp thành một cột. Bảng có đủ 20 huyện.',
    );
  });
});

describe('NtmSection: certifications and progress by year', () => {
  it('counts the communes that first reached each level per year', async () => {
    renderSection();
    expect(summaryOf('ntm-certifications')).toBe(
      'Năm 2025, toàn tỉnh có 0 xã được công nhận đạt chuẩn NTM, 0 xã đạt NTM nâng cao và 1 xã đạt NTM kiểu mẫu; tổng cộng đến hết năm 2025: 3, 2 và 1 xã.',
    );
    expect(await tableOf('ntm-certifications')).toEqual([
      ['đến 2020', '3', '0', '0'],
      ['2021', '0', '0', '0'],
      ['2022', '0', '0', '0'],
      ['2023', '0', '1', '0'],
      ['2024', '0', '1', '0'],
      ['2025', '0', '0', '1'],
    ]);
  });

  it('shows zeros for a region without communes', () => {
    renderSection(['C']);
    expect(summaryOf('ntm-certifications')).toBe(
      'Năm 2025, Huyện Cát có 0 xã được công nhận đạt chuẩn NTM, 0 xã đạt NTM nâng cao và 0 xã đạt NTM kiểu mẫu; tổng cộng đến hết năm 2025: 0, 0 và 0 xã.',
    );
  });

  it('gives the province progress against its count target', async () => {
    renderSection();
    expect(summaryOf('ntm-progress')).toBe(
      'Cuối năm 2025: 2/3 xã đạt NTM nâng cao trở lên (66,7%), trong đó 1 xã kiểu mẫu; mục tiêu: ít nhất 4 xã NTM nâng cao trở lên đến 31/12/2025.',
    );
    expect(await tableOf('ntm-progress')).toEqual([
      ['2020', '0', '0'],
      ['2021', '0', '0'],
      ['2022', '0', '0'],
      ['2023', '1', '0'],
      ['2024', '2', '0'],
      ['2025', '2', '1'],
    ]);
    expect(screen.queryByText(/Mục tiêu là chỉ tiêu của toàn tỉnh/)).not.toBeInTheDocument();
    expect(screen.queryByTestId('ntm-shares')).not.toBeInTheDocument(); // no share target in this document
  });

  it('under a region filter, says the target is province-wide and tables the province beside the selection', async () => {
    renderSection(['A']);
    expect(summaryOf('ntm-progress')).toBe(
      'Cuối năm 2025: Huyện An có 2/2 xã đạt NTM nâng cao trở lên (100%), trong đó 1 xã kiểu mẫu; toàn tỉnh 2/3 xã; mục tiêu toàn tỉnh: ít nhất 4 xã NTM nâng cao trở lên đến 31/12/2025.',
    );
    expect(screen.getByText(/Mục tiêu là chỉ tiêu của toàn tỉnh/)).toHaveTextContent(
      'cột là phần đóng góp của Huyện An; số của toàn tỉnh có trong bảng.',
    );
    const rows = await tableOf('ntm-progress');
    expect(rows.at(-1)).toEqual(['2025', '2', '1', '2', '1']);
    expect(rows[3]).toEqual(['2023', '1', '0', '1', '0']);
  });

  it('has no share to give for a region without NTM records', () => {
    renderSection(['C']);
    expect(summaryOf('ntm-progress')).toBe(
      'Cuối năm 2025: Huyện Cát không có xã nào có số liệu nông thôn mới; toàn tỉnh 2/3 xã đạt NTM nâng cao trở lên; mục tiêu toàn tỉnh: ít nhất 4 xã NTM nâng cao trở lên đến 31/12/2025.',
    );
  });

  it('draws a share chart for a share target, judged on the selection', async () => {
    const share = {
      ...SMALL_TARGETS[2]!,
      id: 'adv-share',
      metric: 'ntm.advanced-or-higher-share',
      unit: 'percent' as const,
      comparison: 'moreThan' as const,
      value: 20,
    };
    renderSection([], 2025, buildSmallDocument({ targets: [...SMALL_TARGETS, share] }));
    expect(summaryOf('ntm-shares')).toBe(
      'Cuối năm 2025, toàn tỉnh: 66,7% xã đạt NTM nâng cao trở lên (mục tiêu trên 20%) trên tổng số 3 xã.',
    );
    expect((await tableOf('ntm-shares')).slice(-3)).toEqual([
      ['2023', '33,3%'],
      ['2024', '66,7%'],
      ['2025', '66,7%'],
    ]);
  });
});

describe('NtmSection: recently recognised communes', () => {
  it('lists the latest recognitions newest first, then by level, then by name', () => {
    renderSection();
    const list = within(screen.getByRole('region', { name: 'Xã mới được công nhận' })).getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '2025 Xã Đông Xá (Huyện An) ★ NTM kiểu mẫu',
      '2024 Xã Vũ Lễ (Huyện An) ▲ NTM nâng cao',
      '2023 Xã Đông Xá (Huyện An) ▲ NTM nâng cao',
      '2020 Xã An Ninh (Huyện Bình) ● Đạt chuẩn NTM',
      '2020 Xã Đông Xá (Huyện An) ● Đạt chuẩn NTM',
      '2020 Xã Vũ Lễ (Huyện An) ● Đạt chuẩn NTM',
    ]);
  });

  it('says so when the selection has none', () => {
    renderSection(['C']);
    expect(screen.getByText('Chưa có xã nào được công nhận đến cuối năm 2025 (Huyện Cát).')).toBeInTheDocument();
  });
});

describe('NtmSection in English', () => {
  it('uses the English catalogue', () => {
    useViewStore.setState({ locale: 'en' });
    renderSection();
    expect(screen.getByRole('heading', { level: 2, name: 'New rural areas' })).toBeInTheDocument();
    expect(summaryOf('ntm-progress')).toBe(
      'End of 2025: 2 of 3 communes advanced or higher (66.7%), 1 of them at model level; target: at least 4 advanced communes (model included) by 31 Dec 2025.',
    );
  });
});
