import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { DashboardDocument } from '../../contract/document';
import { indexDocument } from '../../domain/document-index';
import { useViewStore } from '../../state/view-store';
import { CLASS_COLORS } from './map-colors';
import RegionMap from './region-map';

// Hand-checked on mocks/fixtures/small-document.ts (see src/domain/region-map.test.ts), end of 2025:
//   OCOP products: A 3 (P1, P2, P4), B 2 (P5, P7; P6 lapsed), C 0 → classes 0, 1, 2, 3 (one number each)
//   advanced-or-higher share: A 2/2 = 100 %, B 0/1 = 0 %, C no communes → no data
//   recognised craft villages: A 1 (V1), B 1 (V2), C 0
function renderMap(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()) {
  return render(<RegionMap index={indexDocument(doc)} regionIds={regionIds} year={year} scopeLabel="Toàn tỉnh" />);
}

const legendItems = () =>
  within(screen.getByTestId('map-legend'))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
const fillOf = (name: string) => screen.getByRole('button', { name }).querySelector('path')?.getAttribute('fill');

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('RegionMap with OCOP products (the default measure)', () => {
  it('draws every region as a labelled toggle, with the summary and the legend', () => {
    renderMap();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Bản đồ theo huyện');
    expect(screen.getByRole('combobox', { name: 'Chỉ số trên bản đồ' })).toHaveValue('ocop-recognised');
    const map = screen.getByRole('group', { name: 'Bản đồ huyện: Sản phẩm OCOP (3 sao trở lên), năm 2025' });
    expect(
      within(map)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Huyện An: 3 sản phẩm OCOP', 'Huyện Bình: 2 sản phẩm OCOP', 'Huyện Cát: 0 sản phẩm OCOP']);
    expect(screen.getByTestId('map-summary')).toHaveTextContent('An có nhiều sản phẩm OCOP nhất (3); Cát ít nhất (0).');
    expect(legendItems()).toEqual(['0 (1 huyện)', '1 (0 huyện)', '2 (1 huyện)', '3 (1 huyện)']);
  });

  it('colours by class from light to dark; the lightest gets a dark outline', () => {
    renderMap();
    // four classes use the scale's colours 0, 1, 3 and 4
    expect(fillOf('Huyện An: 3 sản phẩm OCOP')).toBe(CLASS_COLORS[4]);
    expect(fillOf('Huyện Bình: 2 sản phẩm OCOP')).toBe(CLASS_COLORS[3]);
    expect(fillOf('Huyện Cát: 0 sản phẩm OCOP')).toBe(CLASS_COLORS[0]);
    expect(screen.getByRole('button', { name: 'Huyện Cát: 0 sản phẩm OCOP' }).querySelector('path')).toHaveClass('map-area--light');
  });

  it('toggles a region with Enter, Space and a click', async () => {
    renderMap();
    screen.getByRole('button', { name: 'Huyện Bình: 2 sản phẩm OCOP' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().regionIds).toEqual(['B']);
    await userEvent.keyboard(' ');
    expect(useViewStore.getState().regionIds).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Huyện An: 3 sản phẩm OCOP' }));
    expect(useViewStore.getState().regionIds).toEqual(['A']);
  });

  it('marks the selected regions as pressed and outlines them', () => {
    renderMap(['A']);
    expect(screen.getByRole('button', { name: 'Huyện An: 3 sản phẩm OCOP' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Huyện Bình: 2 sản phẩm OCOP' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.querySelectorAll('.map-outline--selected')).toHaveLength(1);
  });

  it('offers the same values as a table, highest first', async () => {
    renderMap(['B']);
    await userEvent.click(screen.getByRole('button', { name: 'Xem dạng bảng' }));
    const table = screen.getByRole('table', { name: 'Sản phẩm OCOP (3 sao trở lên) theo huyện, năm 2025' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Huyện An', '3', ''],
      ['Huyện Bình', '2', 'đang chọn'],
      ['Huyện Cát', '0', ''],
    ]);
    expect(screen.queryByTestId('region-map-svg')).not.toBeInTheDocument();
  });
});

describe('RegionMap with the other measures', () => {
  it('shows the advanced-NTM share with a hatched "no data" region and five equal classes', async () => {
    renderMap();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Chỉ số trên bản đồ' }), 'ntm-advanced-share');
    expect(screen.getByTestId('map-summary')).toHaveTextContent(
      'An có tỷ lệ xã đạt NTM nâng cao trở lên cao nhất (100%); Bình thấp nhất (0%). 1 huyện không có số liệu.',
    );
    expect(screen.getByRole('button', { name: 'Huyện An: 100% xã đạt NTM nâng cao trở lên' })).toBeInTheDocument();
    expect(fillOf('Huyện Cát: không có số liệu')).toMatch(/^url\(#map-hatch-/);
    expect(legendItems()).toEqual([
      '0–20% (1 huyện)',
      '20–40% (0 huyện)',
      '40–60% (0 huyện)',
      '60–80% (0 huyện)',
      '80–100% (1 huyện)',
      'không có số liệu (1 huyện)',
    ]);
  });

  it('names every region of a tie (recognised craft villages: A and B have 1)', async () => {
    renderMap();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Chỉ số trên bản đồ' }), 'craft-recognised');
    expect(screen.getByTestId('map-summary')).toHaveTextContent('An và Bình có nhiều làng nghề được công nhận nhất (1); Cát ít nhất (0).');
  });

  it('says when every region has the same value (no OCOP product in 2021)', () => {
    renderMap([], 2021);
    expect(screen.getByTestId('map-summary')).toHaveTextContent('Mọi huyện có số liệu đều bằng 0.');
    expect(legendItems()).toEqual(['0 (3 huyện)']);
  });

  it('speaks English', () => {
    useViewStore.setState({ locale: 'en' });
    renderMap();
    expect(screen.getByTestId('map-summary')).toHaveTextContent('An has the most OCOP products (3); Cát the fewest (0).');
    expect(screen.getByRole('button', { name: 'Huyện An: 3 OCOP products' })).toBeInTheDocument();
  });
});

describe('RegionMap without outlines', () => {
  it('renders nothing when no region has a geometry', () => {
    const doc = buildSmallDocument();
    const { container } = renderMap([], 2025, { ...doc, regions: doc.regions.map((r) => ({ id: r.id, name: r.name })) });
    expect(container).toBeEmptyDOMElement();
  });

  it('draws the regions that have one and names the others', () => {
    const doc = buildSmallDocument();
    renderMap([], 2025, { ...doc, regions: doc.regions.map((r) => (r.id === 'C' ? { id: r.id, name: r.name } : r)) });
    expect(screen.getAllByRole('button', { name: /sản phẩm OCOP/ })).toHaveLength(2);
    expect(screen.getByText('Không có ranh giới trên bản đồ: Huyện Cát.')).toBeInTheDocument();
  });
});
