// CSV for spreadsheet users: UTF-8 with a byte-order mark (Excel reads Vietnamese correctly), quoted as RFC 4180 says.

const needsQuote = /[",\r\n]/;

/** Cells that a spreadsheet would run as a formula get a leading apostrophe. */
function cell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return needsQuote.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
