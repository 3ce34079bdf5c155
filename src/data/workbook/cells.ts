// One cell ⇄ one JSON value, by column kind: booleans as "có"/"không", lists comma-separated, dates as text.
import type { Column } from './columns';

export type Cell = string | number | boolean | null;

export const YES = 'có';
export const NO = 'không';

export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A JSON value as the cell the template writes. */
export function toCell(column: Column, value: unknown): Cell {
  if (value === undefined || value === null) return null;
  if (column.kind === 'boolean' && typeof value === 'boolean') return value ? YES : NO;
  if (column.kind === 'list' && Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const TRUE_WORDS = new Set([YES, 'co', 'x', 'true', 'đúng', 'yes', '1']);
const FALSE_WORDS = new Set([NO, 'khong', 'false', 'sai', 'no', '0']);

/**
 * A cell as the JSON value the contract expects, where the cell plainly means one (a typed number in a code
 * column is that code; "có" is true). Anything else is passed on unchanged, for the contract's checks to name.
 */
export function fromCell(column: Column, raw: unknown): unknown {
  if (isEmptyCell(raw)) return undefined;
  const v = typeof raw === 'string' ? raw.trim() : raw;
  switch (column.kind) {
    case 'text':
    case 'url':
      return typeof v === 'number' ? String(v) : v;
    case 'date':
      return v instanceof Date ? isoDay(v) : typeof v === 'number' ? String(v) : v;
    case 'datetime':
      return v instanceof Date ? v.toISOString() : v;
    case 'integer':
    case 'number':
      return typeof v === 'string' && v !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
    case 'boolean': {
      if (typeof v === 'boolean') return v;
      const word = String(v).toLowerCase();
      return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : v;
    }
    case 'enum': {
      const match = column.options?.find((o) => String(o) === String(v));
      return match ?? v;
    }
    case 'list':
      return String(v)
        .split(/[,;\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
    case 'text-or-number':
      return v;
  }
}

/** The notes row: required or not, and what a cell must hold, in Vietnamese. */
export function noteFor(column: Column, parentSheet?: string): string {
  if (column.key[0] === '@parent') return `Bắt buộc · mã của một dòng trong trang "${parentSheet ?? ''}"`;
  const range =
    column.min !== undefined && column.max !== undefined
      ? ` từ ${column.min} đến ${column.max}`
      : column.min !== undefined
        ? ` từ ${column.min} trở lên`
        : '';
  const what: Record<Column['kind'], string> = {
    text: 'chữ',
    date: 'ngày, dạng YYYY-MM-DD (ví dụ 2025-06-30)',
    datetime: 'thời điểm ISO 8601, ví dụ 2025-06-30T08:00:00+07:00',
    url: 'địa chỉ bắt đầu bằng http:// hoặc https://',
    integer: `số nguyên${range}`,
    number: `số${range}`,
    boolean: `"${YES}" hoặc "${NO}"`,
    enum: `chọn một: ${(column.options ?? []).join(', ')}`,
    list: 'các mã, cách nhau bằng dấu phẩy',
    'text-or-number': 'mã (số hoặc chữ)',
  };
  return `${column.required ? 'Bắt buộc' : 'Không bắt buộc'} · ${what[column.kind]}`;
}
