// A part's text out of an .xlsx file's zip: the central directory, then stored or deflated bytes (read with the
// platform's DecompressionStream, in browsers, workers and Node).

/**
 * not-xlsx: not a zip, or a zip without a workbook in it; damaged: a workbook whose parts cannot be read;
 * browser: a browser without DecompressionStream (before Safari 16.4, Firefox 113, Chrome 80).
 */
export type WorkbookReadProblem = 'not-xlsx' | 'damaged' | 'browser';

export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;
  constructor(problem: WorkbookReadProblem) {
    super(problem);
    this.name = 'WorkbookReadError';
    this.problem = problem;
  }
}

export const fail = (problem: WorkbookReadProblem): never => {
  throw new WorkbookReadError(problem);
};

export interface Entry {
  readonly flags: number;
  readonly method: number;
  readonly size: number;
  readonly at: number;
}

/** The zip's central directory: each part's name and where its bytes are. */
export function entries(bytes: Uint8Array<ArrayBuffer>, view: DataView): Map<string, Entry> {
  // The end record is the last 22 bytes, unless a comment (at most 65535 bytes) follows it.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 65535);
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
  // No end record: a zip cut short (it starts like one) is damaged; anything else is not a workbook.
  if (end < stop) fail(bytes.length > 3 && view.getUint32(0, true) === 0x04034b50 ? 'damaged' : 'not-xlsx');
  const names = new TextDecoder();
  const found = new Map<string, Entry>();
  let p = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i--) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) fail('damaged');
    const n = view.getUint16(p + 28, true);
    found.set(names.decode(bytes.subarray(p + 46, p + 46 + n)), {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      size: view.getUint32(p + 20, true),
      at: view.getUint32(p + 42, true),
    });
    p += 46 + n + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return found;
}

/** One part's text: stored, or deflated (read with DecompressionStream). Encrypted or other methods: damaged. */
export async function partText(bytes: Uint8Array<ArrayBuffer>, view: DataView, e: Entry | undefined): Promise<string | undefined> {
  if (!e) return undefined;
  if (e.flags & 1 || e.at + 30 > bytes.length || view.getUint32(e.at, true) !== 0x04034b50) fail('damaged');
  const start = e.at + 30 + view.getUint16(e.at + 26, true) + view.getUint16(e.at + 28, true);
  const data = bytes.subarray(start, start + e.size);
  if (e.method === 0) return new TextDecoder().decode(data);
  if (e.method !== 8) fail('damaged');
  if (typeof DecompressionStream === 'undefined') fail('browser');
  try {
    return await new Response(new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
  } catch {
    return fail('damaged');
  }
}
