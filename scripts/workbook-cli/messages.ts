// The import command's own words (problems are worded by src/i18n, as the page words them).
import type { Locale } from '../../src/i18n/format';

type Fn = (p: Record<string, string | number>) => string;

export const IMPORT_MESSAGES: Record<Locale, { usage: string; unreadable: Fn; invalid: Fn; more: Fn; written: Fn }> = {
  vi: {
    usage: 'Cách dùng: npm run import -- <tệp.xlsx> -o <tài-liệu.json> [--lang en] [--json]',
    unreadable: (p) => `Không đọc được ${p.file} như một tệp Excel (.xlsx): ${p.reason}`,
    invalid: (p) => `${p.file}: ${p.count} lỗi; chưa ghi tài liệu nào. Sửa các ô dưới đây rồi chạy lại:`,
    more: (p) => `… và ${p.count} lỗi khác.`,
    written: (p) => `${p.file}: hợp lệ; đã ghi ${p.output}. Kiểm tra lại bằng npm run validate -- ${p.output}`,
  },
  en: {
    usage: 'Usage: npm run import -- <file.xlsx> -o <document.json> [--lang en] [--json]',
    unreadable: (p) => `Could not read ${p.file} as an Excel (.xlsx) workbook: ${p.reason}`,
    invalid: (p) => `${p.file}: ${p.count} problem(s); no document written. Fix these cells and run again:`,
    more: (p) => `… and ${p.count} more.`,
    written: (p) => `${p.file}: valid; wrote ${p.output}. Check it with npm run validate -- ${p.output}`,
  },
};
