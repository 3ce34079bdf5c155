// Reads a worksheet's XML back into rows (numbers as numbers, inline strings as text): enough to check exports.

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function readSheet(xml: string): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/gs)) {
    const cells: (string | number | null)[] = [];
    for (const c of (row[2] ?? '').matchAll(/<c r="([A-Z]+\d+)"([^>]*)>(.*?)<\/c>/gs)) {
      const at = columnIndex(c[1] ?? 'A');
      while (cells.length < at) cells.push(null);
      const body = c[3] ?? '';
      cells[at] = /t="inlineStr"/.test(c[2] ?? '')
        ? unescape(/<t[^>]*>(.*?)<\/t>/s.exec(body)?.[1] ?? '')
        : Number(/<v>(.*?)<\/v>/s.exec(body)?.[1]);
    }
    rows[Number(row[1]) - 1] = cells;
  }
  return rows;
}
