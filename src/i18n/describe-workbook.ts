// A workbook problem in words, placed by sheet, row and column: "Sản phẩm, dòng 14, cột Số sao: phải từ 1 đến 5".
import { formatPath } from '../data/problem';
import type { Place } from '../data/workbook/from-rows';
import type { PlacedProblem } from '../data/workbook/import-workbook';
import { describeProblem } from './describe-problem';
import type { Locale } from './format';

const WORDS = {
  vi: {
    row: 'dòng',
    column: 'cột',
    'missing-sheet': () => 'thiếu trang tính này (giữ đúng tên trang như trong mẫu)',
    'unknown-column': () => 'cột này không có trong mẫu (kiểm tra lại tên cột)',
    'unknown-field': (p: { field: string }) => `trường "${p.field}" không có trong mẫu`,
    'unknown-parent': (p: { value: string; parentSheet: string }) => `không có "${p.value}" trong trang ${p.parentSheet}`,
    'bad-index': () => 'Đa giác số và Vòng số phải là số nguyên từ 1 trở lên',
  },
  en: {
    row: 'row',
    column: 'column',
    'missing-sheet': () => 'this sheet is missing (keep the sheet names of the template)',
    'unknown-column': () => 'this column is not in the template (check its name)',
    'unknown-field': (p: { field: string }) => `field "${p.field}" is not in the template`,
    'unknown-parent': (p: { value: string; parentSheet: string }) => `no "${p.value}" in sheet ${p.parentSheet}`,
    'bad-index': () => 'Đa giác số and Vòng số must be whole numbers from 1',
  },
} as const;

/** "Sản phẩm, dòng 14, cột Số sao" */
export function describePlace(place: Place, locale: Locale): string {
  const w = WORDS[locale];
  return [place.sheet, place.row !== undefined ? `${w.row} ${place.row}` : '', place.column ? `${w.column} ${place.column}` : '']
    .filter(Boolean)
    .join(', ');
}

export function describePlacedProblem(p: PlacedProblem, locale: Locale): { place: string; message: string } {
  if (p.source === 'contract') {
    const { path, message } = describeProblem(p.problem, locale);
    return { place: p.place ? describePlace(p.place, locale) : path, message };
  }
  const w = WORDS[locale];
  const q = p.problem;
  const message = q.code === 'unknown-field' ? w['unknown-field'](q) : q.code === 'unknown-parent' ? w['unknown-parent'](q) : w[q.code]();
  return { place: describePlace(p.place, locale), message };
}

/** The JSON path a contract problem concerns, for machine-readable output. */
export const problemPath = (p: PlacedProblem): string | undefined => (p.source === 'contract' ? formatPath(p.problem.path) : undefined);
