// Parses and checks a document in a Web Worker, so the page stays responsive; in-thread where there is none.
import { DocumentError } from './document-error';
import { saveLastGood } from './last-good';
import type { DocumentReport } from './document-problems';
import type { ParsedDocument } from './parse-document';
import type { FetchSpec, ParseMessage, ParsePhase, ParseRequest } from './parse-session';
import { recordsOf } from '../contract/record-blocks';
import type { DashboardDocument } from '../contract/document';

export interface ParseProgress {
  readonly phase: ParsePhase;
  /** 0–1 */
  readonly fraction: number;
}

/** What the page needs of a worker (a real one, or a stand-in in tests). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<ParseMessage>) => void) | null;
  onerror: ((e: Event) => void) | null;
  postMessage(message: ParseRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

export interface ParseOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ParseProgress) => void;
  /** undefined: no worker, parse in this thread. */
  readonly createWorker?: () => WorkerLike | undefined;
  /** The body is an .xlsx workbook's bytes: read, converted and checked as the import command does. */
  readonly workbook?: boolean;
  /** Keep the body (bytes) as the last good copy of this source once it passes (see ParseRequest). */
  readonly keepAs?: string;
  /**
   * Gets the body again, should the worker fail after the bytes were handed over (a fetched body is asked for
   * again, from the HTTP cache as a rule). Without it, a copy of the bytes is kept here for that case.
   */
  readonly reread?: () => Promise<string | Uint8Array>;
}

/** The built worker (a separate script from the page's origin, as the CSP's script-src 'self' wants). */
export function createParseWorker(): WorkerLike | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module', name: 'document-parser' }) as WorkerLike;
  } catch {
    return undefined;
  }
}

const aborted = (signal: AbortSignal) => signal.reason ?? new DOMException('Aborted', 'AbortError');

/** In this thread: the contract's code is loaded only when needed, as the worker has its own copy. */
async function parseHere(url: string, body: string | Uint8Array, { workbook, keepAs }: ParseOptions): Promise<ParsedDocument> {
  const { parseDocument, parseWorkbookDocument } = await import('./parse-document');
  if (workbook && typeof body !== 'string') return parseWorkbookDocument(url, body.slice().buffer);
  const parsed = parseDocument(url, typeof body === 'string' ? body : new TextDecoder().decode(body));
  if (keepAs && typeof body !== 'string') void saveLastGood(keepAs, body);
  return parsed;
}

const isBody = (input: string | Uint8Array | FetchedInWorker): input is string | Uint8Array =>
  typeof input === 'string' || ArrayBuffer.isView(input);

function keptCopy(copy: Uint8Array): () => Promise<Uint8Array> {
  return () => Promise.resolve(copy);
}

/**
 * A document the worker fetches itself, so the page never receives its body: an 8 MB body received by the page
 * cost it tasks of 0.5 and 1 s at 4× CPU, and none in a worker. `here` is the same fetch in this thread, for a
 * browser without workers or a worker that fails.
 */
export interface FetchedInWorker {
  readonly fetch: FetchSpec;
  readonly here: () => Promise<Uint8Array>;
}

/**
 * Parses and checks a document: its body (text, or UTF-8 bytes, which are handed over to the worker without a
 * copy: do not use them afterwards), or one the worker fetches. The page receives the result in pieces, each
 * a short task.
 */
export function parseDocumentOffThread(
  url: string,
  input: string | Uint8Array | FetchedInWorker,
  options: ParseOptions = {},
): Promise<ParsedDocument> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(aborted(signal));
  const worker = (options.createWorker ?? createParseWorker)();
  if (!worker) return (isBody(input) ? Promise.resolve(input) : input.here()).then((b) => parseHere(url, b, options));
  // Bytes handed to the worker are gone from here; should it fail, the in-page fallback gets them again, or
  // else uses a copy made now (8 MB cost the page a task of ~120 ms at 4× CPU).
  const again = !isBody(input)
    ? input.here
    : typeof input === 'string'
      ? () => Promise.resolve(input)
      : (options.reread ?? keptCopy(input.slice()));
  return new Promise<ParsedDocument>((resolve, reject) => {
    let shell: Record<string, unknown> | undefined;
    let report: DocumentReport | undefined;
    let expected = 0;
    let received = 0;
    const finish = () => {
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      if (signal) reject(aborted(signal));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onerror = (e) => {
      // The worker could not start (an old browser, a blocked script) or died: do the work here instead.
      e.preventDefault();
      finish();
      again()
        .then((b) => parseHere(url, b, options))
        .then(resolve, reject);
    };
    worker.onmessage = ({ data: m }) => {
      switch (m.type) {
        case 'progress':
          onProgress?.({ phase: m.phase, fraction: m.total > 0 ? m.done / m.total : 0 });
          return;
        case 'error':
          finish();
          reject(new DocumentError(url, m.detail));
          return;
        case 'shell':
          shell = m.shell;
          report = m.report;
          expected = m.records;
          return;
        case 'records': {
          if (!shell) return;
          const list = recordsOf(shell, m.block);
          for (const v of m.values) list.push(v);
          received += m.values.length;
          onProgress?.({ phase: 'receiving', fraction: expected > 0 ? received / expected : 1 });
          return;
        }
        case 'done':
          finish();
          if (shell && report) resolve({ document: shell as unknown as DashboardDocument, report });
          else reject(new DocumentError(url, { kind: 'invalid', problems: [], total: 1 }));
      }
    };
    // A worker resolves a relative address against its own script's: it is given the page's reading of it.
    const request: ParseRequest = isBody(input)
      ? { url, body: input, workbook: options.workbook, keepAs: options.keepAs }
      : { url: new URL(url, globalThis.location?.href).href, body: { fetch: input.fetch }, keepAs: options.keepAs };
    worker.postMessage(request, isBody(input) && typeof input !== 'string' ? [input.buffer] : []);
  });
}
