import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import { indexDocument } from '../../domain/document-index';
import { useViewStore } from '../../state/view-store';
import CraftSection from './craft-section';

// Hand-checked on mocks/fixtures/small-document.ts (see src/domain/craft/*.test.ts):
//   V1 "Làng nghề nước mắm An" (Xã Vũ Lễ, Huyện An): recognised, traditional, subject S1 with P1 "Nước mắm An" (3★ from 2023)
//      and P2 "Gạo nếp An" (3★ from 2022, 4★ from 2025); V2 "chiếu cói Bình" (Huyện Bình): recognised, no subject;
//   V3 (Huyện An): not recognised. Huyện Cát has no commune. Target "villages": 1–2 by 31/12/2025.
const NAMES: Record<string, string> = { A: 'Huyện An', B: 'Huyện Bình', C: 'Huyện Cát' };

function renderSection(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()) {
  const scopeLabel = regionIds.length === 0 ? 'Toàn tỉnh' : regionIds.map((id) => NAMES[id]).join(', ');
  return render(<CraftSection index={indexDocument(doc)} regionIds={regionIds} year={year} scopeLabel={scopeLabel} />);
}

const summaryOf = (testId: string) => screen.getByTestId(testId).querySelector('.chart-figure__summary')?.textContent;

/** Opens a figure's table alternative and returns its body rows as cell texts. */
async function tableOf(testId: string): Promise<string[][]> {
  const figure = screen.getByTestId(testId);
  await userEvent.click(within(figure).getByRole('button', { name: 'Xem dạng bảng' }));
  return within(within(figure).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('CraftSection for the whole province in 2025', () => {
  it('has its heading, the sub-group headings in order, and the summary with the goal', () => {
    renderSection();
    const section = screen.getByRole('region', { name: 'Làng nghề' });
    expect(within(section).getByRole('heading', { level: 2 })).toHaveTextContent('Làng nghề');
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Làng nghề có sản phẩm OCOP 3 sao trở lên', 'Theo huyện và theo nghề']);
    // V1 and V2 recognised, V1 traditional, V1 has P1 and P2
    expect(screen.getByTestId('craft-summary')).toHaveTextContent(
      '2 làng nghề được công nhận, 1 làng nghề truyền thống; 1 làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm 2025 (mục tiêu 1–2).',
    );
  });

  it('shows villages with a 3★+ product by year against the goal', async () => {
    renderSection();
    // the chart starts at the document's first OCOP year, 2022, when V1 counts (P2 first recognised 2022)
    expect(summaryOf('craft-by-year')).toBe('Cuối năm 2025 có 1 làng nghề, năm 2022 có 1; mục tiêu 1–2 (hạn 31/12/2025).');
    expect(await tableOf('craft-by-year')).toEqual([
      ['2022', '1', '1–2'],
      ['2023', '1', '1–2'],
      ['2024', '1', '1–2'],
      ['2025', '1', '1–2'],
    ]);
  });

  it('lists the villages with their products and stars (P2 upgraded to 4★ in 2025)', () => {
    renderSection();
    const items = within(screen.getByTestId('craft-village-list')).getAllByRole('listitem');
    expect(items.map((li) => [...li.children].map((c) => c.textContent))).toEqual([
      ['Làng nghề nước mắm An', 'Xã Vũ Lễ, Huyện An · chế biến thực phẩm', 'Gạo nếp An (4 sao); Nước mắm An (3 sao)'],
    ]);
  });

  it('gives every region, zeros included, and filters by a region from the buttons', async () => {
    renderSection();
    expect(summaryOf('craft-by-region')).toBe(
      'Huyện An có nhiều làng nghề được công nhận nhất (1); 1/3 huyện có làng nghề có sản phẩm OCOP 3 sao trở lên; 1 huyện chưa có làng nghề được công nhận.',
    );
    const group = screen.getByRole('group', { name: /^Lọc theo huyện: / });
    await userEvent.click(within(group).getByRole('button', { name: 'Huyện Bình: 1 làng nghề' }));
    expect(useViewStore.getState().regionIds).toEqual(['B']);
    expect(await tableOf('craft-by-region')).toEqual([
      ['Huyện An', '1', '1', '1'],
      ['Huyện Bình', '1', '0', '0'],
      ['Huyện Cát', '0', '0', '0'],
    ]);
  });

  it('draws the 15 regions with the most villages and a selected one, sums the rest and says so', () => {
    // 20 regions R0–R19; region Rk has k recognised villages, one per commune, so R19 leads and R0–R3 are summed.
    const regions = Array.from({ length: 20 }, (_, k) => ({ id: `R${k}`, name: `Huyện ${String(k).padStart(2, '0')}` }));
    const communes = regions.flatMap((r, k) =>
      Array.from({ length: k }, (__, j) => ({ code: `${r.id}-${j}`, name: `Xã ${r.id}-${j}`, regionId: r.id })),
    );
    const craftVillages = communes.map((c) => ({
      id: `V-${c.code}`,
      name: `Làng ${c.code}`,
      communeCode: c.code,
      craft: 'mây tre',
      recognised: true,
      traditional: false,
      subjectIds: [],
    }));
    renderSection(['R2'], 2025, buildSmallDocument({ regions, communes, craftVillages }));
    const buttons = within(screen.getByRole('group', { name: /^Lọc theo huyện: / })).getAllByRole('button');
    expect(buttons).toHaveLength(16); // 15 leaders (R19 down to R5) + the selected R2
    expect(buttons.at(-1)).toHaveAccessibleName('Huyện 02: 2 làng nghề');
    expect(buttons.at(-1)).toHaveAttribute('aria-pressed', 'true');
    // Left out: R0, R1, R3, R4.
    expect(screen.getByText(/^Biểu đồ vẽ 16 huyện/)).toHaveTextContent(
      'Biểu đồ vẽ 16 huyện có nhiều làng nghề nhất và huyện đang chọn; 4 huyện còn lại gộp thành một cột. Bảng có đủ 20 huyện.',
    );
  });

  it('counts recognised villages by craft', async () => {
    renderSection();
    expect(summaryOf('craft-by-craft')).toBe('2 nghề; nhiều nhất là chế biến thực phẩm (1 làng nghề, 1 làng nghề truyền thống).');
    expect(await tableOf('craft-by-craft')).toEqual([
      ['chế biến thực phẩm', '1', '1'],
      ['chiếu cói', '1', '0'],
    ]);
  });
});

describe('CraftSection edge cases', () => {
  it('under a region filter shows the selection, the province bars and the province goal', async () => {
    renderSection(['B']);
    expect(screen.getByTestId('craft-summary')).toHaveTextContent(
      'Huyện Bình: 1 làng nghề được công nhận, 0 làng nghề truyền thống; 0 làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm 2025 (mục tiêu toàn tỉnh 1–2).',
    );
    expect(
      screen.getByText('Huyện Bình: chưa có làng nghề nào có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm 2025.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Huyện Bình: 1 làng nghề' })).toHaveAttribute('aria-pressed', 'true');
    expect((await tableOf('craft-by-year')).at(-1)).toEqual(['2025', '0', '1', '1–2']);
  });

  it('shows zeros for a region without communes, and in a year before any product', () => {
    renderSection(['C']);
    expect(screen.getByTestId('craft-summary')).toHaveTextContent(
      /^Huyện Cát: 0 làng nghề được công nhận, 0 làng nghề truyền thống; 0 làng nghề/,
    );
    expect(summaryOf('craft-by-craft')).toBe('Chưa có làng nghề nào được công nhận trong phạm vi này.');
  });

  it('says so when the document has no villages or no goal', () => {
    renderSection([], 2025, buildSmallDocument({ craftVillages: [], targets: [] }));
    expect(screen.getByTestId('craft-summary')).toHaveTextContent(
      '0 làng nghề được công nhận, 0 làng nghề truyền thống; 0 làng nghề có cơ sở có sản phẩm OCOP 3 sao trở lên cuối năm 2025.',
    );
    expect(summaryOf('craft-by-year')).toBe('Cuối năm 2025 có 0 làng nghề, năm 2022 có 0; tài liệu không có mục tiêu cho chỉ số này.');
    expect(summaryOf('craft-by-region')).toBe('Chưa có làng nghề nào được công nhận.');
  });

  it('in 2021 no village has a valid product yet', () => {
    renderSection([], 2021);
    expect(screen.getByTestId('craft-summary')).toHaveTextContent('1 làng nghề truyền thống; 0 làng nghề có cơ sở');
    expect(screen.queryByTestId('craft-village-list')).not.toBeInTheDocument();
  });

  it('speaks English', () => {
    useViewStore.setState({ locale: 'en' });
    renderSection();
    expect(screen.getByTestId('craft-summary')).toHaveTextContent(
      '2 recognised craft villages, 1 traditional; 1 village with a producer that has a 3★+ OCOP product at the end of 2025 (goal 1–2).',
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Craft villages');
  });
});
