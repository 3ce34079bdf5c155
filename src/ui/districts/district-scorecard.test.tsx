import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../../domain/document-index';
import { useViewStore } from '../../state/view-store';
import DistrictScorecard from './district-scorecard';

// A document of 250 districts ("Huyện Số 1" … "Huyện Số 250", ids 100…349), small enough to render in a test.
const index = indexDocument(buildNationalDocument({ regions: 250, communesPerRegion: 2, products: 600, subjects: 300, villages: 50 }));
const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.querySelector('button')?.textContent);

beforeEach(() => useViewStore.setState({ regionIds: [], year: null, locale: 'vi' }));

describe('DistrictScorecard', () => {
  it('shows one page of districts, says how many there are, and shows the next page on request', async () => {
    render(<DistrictScorecard index={index} regionIds={[]} year={index.asOfYear} scopeLabel="Toàn tỉnh" />);
    expect(rowNames()).toHaveLength(100);
    expect(screen.getByText(/Hiển thị 100\/250 huyện/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm 100 huyện' }));
    expect(rowNames()).toHaveLength(200);
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm 50 huyện' }));
    expect(rowNames()).toHaveLength(250);
    expect(screen.queryByRole('button', { name: /Xem thêm/ })).not.toBeInTheDocument();
  });

  it('keeps a selected district on screen where it sorts, marked as selected, even beyond the first page', () => {
    // Names sort with their numbers ("Huyện Số 1", "Huyện Số 2", …): the first page ends at "Huyện Số 100", so
    // "Huyện Số 200" (id 299) comes after it, alone.
    render(<DistrictScorecard index={index} regionIds={['299']} year={index.asOfYear} scopeLabel="Huyện Số 200" />);
    const names = rowNames();
    expect(names).toHaveLength(101);
    expect(names.slice(-2)).toEqual(['Huyện Số 100', 'Huyện Số 200']);
    const row = screen.getByRole('rowheader', { name: /Huyện Số 200 \(đang chọn\)/ }).closest('tr');
    expect(row).toHaveClass('scorecard__row--selected');
  });

  it('shows every district without a "show more" when they fit on one page', () => {
    const small = indexDocument(buildSmallDocument());
    render(<DistrictScorecard index={small} regionIds={[]} year={small.asOfYear} scopeLabel="Toàn tỉnh" />);
    expect(rowNames()).toEqual(small.doc.regions.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'vi')));
    expect(screen.queryByRole('button', { name: /Xem thêm/ })).not.toBeInTheDocument();
  });
});
