// CSV for spreadsheet users: UTF-8 with a byte-order mark (Excel reads Vietnamese correctly), quoted as RFC 4180 says.
// Vietnamese spreadsheets (vi-VN settings) list with ";" and write decimals with ",", so a Vietnamese file does too.

export interface CsvStyle {
  readonly separator: ',' | ';';
  readonly decimal: '.' | ',';
}

export const CSV_STYLE = { en: { separator: ',', decimal: '.' }, vi: { separator: ';', decimal: ',' } } as const satisfies Record<
  string,
  CsvStyle
>;

/** Cells that a spreadsheet would run as a formula get a leading apostrophe. */
function cell(v: string | number, style: CsvStyle): string {
  let s = typeof v === 'number' ? String(v).replace('.', style.decimal) : v;
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  const needsQuote = new RegExp(`["${style.separator}\\r\\n]`);
  return needsQuote.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[], style: CsvStyle = CSV_STYLE.en): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map((v) => cell(v, style)).join(style.separator)).join('\r\n') + '\r\n';
}
