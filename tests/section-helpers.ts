// Shared by the section component tests: the props a section gets for a view of the small document, and
// readers for a chart figure's summary and table alternative.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildSmallDocument } from '../mocks/fixtures/small-document';
import type { DashboardDocument } from '../src/contract/document';
import { indexDocument } from '../src/domain/document-index';
import type { SectionProps } from '../src/ui/section-props';

const NAMES: Record<string, string> = { A: 'Huyện An', B: 'Huyện Bình', C: 'Huyện Cát' };

export function sectionProps(regionIds: string[] = [], year = 2025, doc: DashboardDocument = buildSmallDocument()): SectionProps {
  const scopeLabel = regionIds.length === 0 ? 'Toàn tỉnh' : regionIds.map((id) => NAMES[id]).join(', ');
  return { index: indexDocument(doc), regionIds, year, scopeLabel };
}

export const figure = (testId: string) => screen.getByTestId(testId);
export const summaryOf = (testId: string) => figure(testId).querySelector('.chart-figure__summary')?.textContent;

/** Opens a figure's table alternative and returns its body rows as cell texts. */
export async function tableOf(testId: string): Promise<string[][]> {
  await userEvent.click(within(figure(testId)).getByRole('button', { name: 'Xem dạng bảng' }));
  const table = within(figure(testId)).getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}
