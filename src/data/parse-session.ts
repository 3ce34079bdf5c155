// The work done off the main thread, and how its result crosses to the page in pieces small enough that no
// single message takes long to receive. Runs in the worker, or in-thread where there is no worker.
import { DocumentError, type DocumentErrorDetail } from './document-error';
import { validateDocument, type DocumentReport } from './document-problems';
import { fetchBytes } from './fetch-text';
import type { FetchLimits } from './fetch-limits';
import { saveLastGood } from './last-good';
import { parseJsonText, parseWorkbookDocument } from './parse-document';
import { blockPath, RECORD_BLOCKS, recordsOf, type RecordBlock } from '../contract/record-blocks';
import type { DashboardDocument } from '../contract/document';
import { isAllowedUrl } from './source-config';

/** A document the worker fetches itself, so the page never receives its body (see parse-off-thread). */
export interface FetchSpec {
  readonly limits: FetchLimits;
  /** The origins a redirect may lead to (the app follows redirects itself, and only to these). */
  readonly allowedOrigins: readonly string[];
}

export interface ParseRequest {
  readonly url: string;
  /** The body as text, or as UTF-8 bytes (transferred, not copied, and decoded here); or fetched here from `url`. */
  readonly body: string | Uint8Array | { readonly fetch: FetchSpec };
  /** The body is an .xlsx workbook's bytes, to convert and check as the import command does. */
  readonly workbook?: boolean;
  /**
   * Keep the bytes as the last good copy of this source once they pass: done here, where the bytes are, so the
   * page neither copies nor stores a large body itself.
   */
  readonly keepAs?: string;
}

export type ParsePhase = 'reading' | 'checking' | 'receiving';

export type ParseMessage =
  | { readonly type: 'progress'; readonly phase: ParsePhase; readonly done: number; readonly total: number }
  | { readonly type: 'error'; readonly detail: DocumentErrorDetail }
  /** The document without its records (meta and any unknown fields), and the report. */
  | {
      readonly type: 'shell';
      readonly shell: Record<string, unknown>;
      readonly report: DocumentReport;
      readonly records: number;
    }
  | { readonly type: 'records'; readonly block: RecordBlock; readonly values: readonly unknown[] }
  | { readonly type: 'done' };

/** Records per message: small enough that receiving one is a short task even on a slow phone. */
export const RECORDS_PER_MESSAGE = 750;

type Obj = Record<string, unknown>;

function withoutRecords(doc: DashboardDocument): Obj {
  const shell: Obj = { ...doc, ocop: { ...doc.ocop }, ntm: { ...doc.ntm } };
  for (const block of RECORD_BLOCKS) {
    const [a, b] = blockPath(block) as [string, string | undefined];
    if (b) (shell[a] as Obj)[b] = [];
    else shell[a] = [];
  }
  return shell;
}

/** Parses (or, for a workbook, reads and converts), validates and sends the document as a sequence of messages; never throws. */
export async function runParse(request: ParseRequest, post: (message: ParseMessage) => void): Promise<void> {
  try {
    const given = request.body;
    const body =
      typeof given === 'string' || ArrayBuffer.isView(given)
        ? given
        : await fetchBytes(request.url, { limits: given.fetch.limits, isAllowed: (u) => isAllowedUrl(u, given.fetch.allowedOrigins) });
    post({ type: 'progress', phase: 'reading', done: 0, total: 1 });
    let parsed: { document: DashboardDocument; report: DocumentReport };
    if (request.workbook && typeof body !== 'string') {
      parsed = await parseWorkbookDocument(
        request.url,
        body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
      );
    } else {
      const text = typeof body === 'string' ? body : new TextDecoder().decode(body);
      const raw = parseJsonText(request.url, text);
      const result = validateDocument(raw, (done, total) => post({ type: 'progress', phase: 'checking', done, total }));
      if (!result.ok) {
        post({ type: 'error', detail: { kind: 'invalid', problems: result.problems, total: result.total } });
        return;
      }
      const { document, problems, total, exclusions, warnings, warningTotal } = result;
      parsed = { document, report: { problems, total, exclusions, warnings, warningTotal } };
    }
    const { document, report } = parsed;
    // Stored while the records cross to the page; done before 'done', after which the worker is stopped.
    const kept = request.keepAs && typeof body !== 'string' ? saveLastGood(request.keepAs, body) : undefined;
    const records = RECORD_BLOCKS.reduce((n, b) => n + recordsOf(document as unknown as Obj, b).length, 0);
    post({ type: 'shell', shell: withoutRecords(document), report, records });
    for (const block of RECORD_BLOCKS) {
      const list = recordsOf(document as unknown as Obj, block);
      for (let i = 0; i < list.length; i += RECORDS_PER_MESSAGE)
        post({ type: 'records', block, values: list.slice(i, i + RECORDS_PER_MESSAGE) });
    }
    await kept;
    post({ type: 'done' });
  } catch (e) {
    post({ type: 'error', detail: e instanceof DocumentError ? e.detail : { kind: 'invalid', problems: [], total: 1 } });
  }
}
