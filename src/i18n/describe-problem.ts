// A document's problems and warnings, an unreadable workbook and a failed load, in words.
import type { DocumentErrorDetail } from '../data/document-error';
import type { Problem, Warning } from '../data/document-problems';
import { formatPath } from '../data/problem';
import type { WorkbookReadProblem } from '../data/workbook/zip-parts';
import { formatters, type Locale } from './format';
import { CATALOGUE } from './messages';
import { DATA_QUALITY_MESSAGES } from './messages-data-quality';

function showReceived(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}…` : v);
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[…${v.length}]`;
  const summary = v as { container?: string; length?: number };
  if (summary.container === 'array') return `[…${summary.length ?? 0}]`;
  return '{…}';
}

/** "ocop.products[12].stars: phải từ 1 đến 5, nhận được 7" */
export function describeProblem(p: Problem, locale: Locale): { path: string; message: string } {
  const m = CATALOGUE[locale];
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(p.params)) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  const rule = m.problem[p.code];
  let message = typeof rule === 'string' ? rule : rule(params);
  if (p.hasReceived && p.code !== 'required') message += `, ${m.received({ value: showReceived(p.received) })}`;
  return { path: formatPath(p.path), message };
}

/** "ocop.products[3].status: trạng thái "new" không khớp với 2 sao (…)" */
export function describeWarning(w: Warning, locale: Locale): { path: string; message: string } {
  return { path: formatPath(w.path), message: DATA_QUALITY_MESSAGES[locale].warning[w.code](w.params) };
}

const WORKBOOK_WORDS = {
  vi: {
    'not-xlsx': 'tệp không phải bảng tính .xlsx (trong Excel: Lưu thành › Sổ làm việc Excel (.xlsx))',
    damaged: 'bảng tính bị hỏng hoặc chưa lưu xong',
    browser: 'trình duyệt này chưa đọc được bảng tính (hãy dùng trình duyệt mới hơn, hoặc lệnh npm run import)',
    unreadable: (reason: string) => `Không đọc được tệp như một bảng tính Excel (.xlsx): ${reason}.`,
    count: (n: number) => `Bảng tính có ${n} lỗi; chưa xem trước được. Sửa các ô dưới đây rồi mở lại tệp.`,
  },
  en: {
    'not-xlsx': 'the file is not an .xlsx workbook (in Excel: Save As › Excel Workbook (.xlsx))',
    damaged: 'the workbook is damaged or was not saved completely',
    browser: 'this browser cannot read workbooks (use a newer one, or the npm run import command)',
    unreadable: (reason: string) => `Could not read the file as an Excel (.xlsx) workbook: ${reason}.`,
    count: (n: number) => `The workbook has ${n} problem(s); nothing to preview yet. Fix these cells and open the file again.`,
  },
} as const;

/** Why a file could not be read as a workbook (the import command's words too). */
export const describeReadProblem = (problem: WorkbookReadProblem, locale: Locale): string => WORKBOOK_WORDS[locale][problem];

export function describeLoadError(d: DocumentErrorDetail, locale: Locale): string {
  const m = CATALOGUE[locale].error;
  const f = formatters(locale);
  switch (d.kind) {
    case 'network':
      return m.network;
    case 'timeout':
      return m.timeout({ seconds: d.seconds });
    case 'http':
      return m.http({ status: d.status });
    case 'too-large':
      return m.tooLarge({ size: `${f.number(d.maxBytes / 1024 / 1024, 0)} MB` });
    case 'redirected':
      return d.to ? m.redirected({ to: d.to }) : m.redirectedHidden;
    case 'empty':
      return m.empty;
    case 'html':
      return m.html;
    case 'truncated':
      return m.truncated;
    case 'syntax':
      return d.line !== undefined ? m.syntax({ line: d.line, column: d.column ?? 0 }) : m.syntaxNoPos;
    case 'invalid':
      return m.invalidCount({ count: d.total });
    case 'workbook':
      return WORKBOOK_WORDS[locale].count(d.total);
    case 'unreadable':
      return WORKBOOK_WORDS[locale].unreadable(describeReadProblem(d.problem, locale));
  }
}
