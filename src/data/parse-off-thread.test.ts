import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { partialDocument } from '../../mocks/fixtures/broken-documents';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { server } from '../../mocks/node';
import { DocumentError } from './document-error';
import { DEFAULT_LIMITS } from './fetch-limits';
import { forgetLastGood, loadLastGood } from './last-good';
import { parseDocument } from './parse-document';
import { parseDocumentOffThread, type ParseProgress, type WorkerLike } from './parse-off-thread';
import { runParse, type ParseMessage, type ParseRequest } from './parse-session';

/** A stand-in worker: runs the worker's code in this thread, answering through real message events, later. */
function fakeWorker(options: { fail?: boolean } = {}): WorkerLike & { terminated: boolean; messages: ParseMessage['type'][] } {
  const w = {
    onmessage: null as WorkerLike['onmessage'],
    onerror: null as WorkerLike['onerror'],
    terminated: false,
    messages: [] as ParseMessage['type'][],
    postMessage(request: ParseRequest) {
      setTimeout(() => {
        if (options.fail) {
          w.onerror?.(new Event('error'));
          return;
        }
        runParse(request, (m) => {
          w.messages.push(m.type);
          // Structured clone, as postMessage does: nothing is shared between the threads.
          const data = structuredClone(m);
          setTimeout(() => w.onmessage?.(new MessageEvent('message', { data })), 0);
        });
      }, 0);
    },
    terminate() {
      w.terminated = true;
    },
  };
  return w;
}

const text = (doc: unknown) => JSON.stringify(doc);

describe('parseDocumentOffThread', () => {
  it('through a worker: the same document and report as in-thread, in pieces, with progress', async () => {
    const big = buildSmallDocument();
    const products = Array.from({ length: 4000 }, (_, i) => ({ ...big.ocop.products[0]!, id: `X${i}` }));
    const doc = { ...big, ocop: { ...big.ocop, products } };
    const worker = fakeWorker();
    const progress: ParseProgress[] = [];
    const result = await parseDocumentOffThread('x.json', text(doc), { createWorker: () => worker, onProgress: (p) => progress.push(p) });
    expect(result).toEqual(parseDocument('x.json', text(doc)));
    expect(worker.messages.filter((t) => t === 'records').length).toBeGreaterThan(2);
    expect(progress.map((p) => p.phase)).toEqual(expect.arrayContaining(['reading', 'checking', 'receiving']));
    expect(progress.at(-1)).toEqual({ phase: 'receiving', fraction: 1 });
    expect(worker.terminated).toBe(true);
  });

  it('through a worker: UTF-8 bytes are decoded there', async () => {
    const doc = text(buildSmallDocument());
    const result = await parseDocumentOffThread('x.json', new TextEncoder().encode(doc), { createWorker: () => fakeWorker() });
    expect(result).toEqual(parseDocument('x.json', doc));
    expect(result.document.meta.province.name).toBe('Tỉnh Mẫu');
  });

  it('through a worker: a partial document keeps its report', async () => {
    const result = await parseDocumentOffThread('x.json', text(partialDocument()), { createWorker: () => fakeWorker() });
    expect(result.report.exclusions.total).toBe(11);
    expect(result).toEqual(parseDocument('x.json', text(partialDocument())));
  });

  it('through a worker: a broken document is a DocumentError', async () => {
    const e = await parseDocumentOffThread('x.json', '{"a": ', { createWorker: () => fakeWorker() }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(DocumentError);
    expect((e as DocumentError).detail).toEqual({ kind: 'truncated' });
  });

  it('in-thread when there is no worker, and when the worker fails to start', async () => {
    const doc = text(buildSmallDocument());
    const expected = parseDocument('x.json', doc);
    expect(await parseDocumentOffThread('x.json', doc, { createWorker: () => undefined })).toEqual(expected);
    const broken = fakeWorker({ fail: true });
    const bytes = new TextEncoder().encode(doc);
    expect(await parseDocumentOffThread('x.json', bytes, { createWorker: () => broken })).toEqual(expected);
    expect(broken.terminated).toBe(true);
  });

  it('the worker keeps bytes that pass as the last good copy; bytes that fail are not kept', async () => {
    const good = new TextEncoder().encode(text(buildSmallDocument()));
    const expected = good.slice();
    await forgetLastGood('keep.json');
    await parseDocumentOffThread('keep.json', good, { createWorker: () => fakeWorker(), keepAs: 'keep.json' });
    expect((await loadLastGood('keep.json'))?.body).toEqual(expected);

    await forgetLastGood('bad.json');
    const bad = new TextEncoder().encode('{"a": ');
    await expect(parseDocumentOffThread('bad.json', bad, { createWorker: () => fakeWorker(), keepAs: 'bad.json' })).rejects.toThrow();
    expect(await loadLastGood('bad.json')).toBeUndefined();
  });

  it('when the worker fails after taking the bytes, the body is read again rather than copied beforehand', async () => {
    const doc = text(buildSmallDocument());
    let rereads = 0;
    const reread = async () => {
      rereads++;
      return new TextEncoder().encode(doc);
    };
    const result = await parseDocumentOffThread('x.json', new Uint8Array(0), { createWorker: () => fakeWorker({ fail: true }), reread });
    expect(rereads).toBe(1);
    expect(result).toEqual(parseDocument('x.json', doc));
  });

  it('stops the worker when the load is abandoned', async () => {
    const worker = fakeWorker();
    const controller = new AbortController();
    const pending = parseDocumentOffThread('x.json', text(buildSmallDocument()), { createWorker: () => worker, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(worker.terminated).toBe(true);
  });
});

describe('parseDocumentOffThread with a document the worker fetches', () => {
  const URL_ = 'https://data.test/doc.json';
  const spec = { limits: DEFAULT_LIMITS, allowedOrigins: ['https://data.test'] };
  /** The page's own fetch, counted: it must run only where there is no worker, or the worker failed. */
  const pageFetch = () => {
    const calls = { n: 0 };
    const here = async () => {
      calls.n++;
      return new TextEncoder().encode(text(buildSmallDocument()));
    };
    return { calls, here };
  };
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('the worker fetches, checks and keeps the body; the page never fetches it', async () => {
    const body = text(buildSmallDocument());
    let requests = 0;
    server.use(
      http.get(URL_, () => {
        requests++;
        return HttpResponse.text(body, { headers: { 'content-type': 'application/json' } });
      }),
    );
    await forgetLastGood(URL_);
    const page = pageFetch();
    const result = await parseDocumentOffThread(URL_, { fetch: spec, here: page.here }, { createWorker: () => fakeWorker(), keepAs: URL_ });
    expect(result).toEqual(parseDocument(URL_, body));
    expect([requests, page.calls.n]).toEqual([1, 0]);
    expect(new TextDecoder().decode((await loadLastGood(URL_))?.body as Uint8Array)).toBe(body);
  });

  it("the worker's fetch failing is the page's DocumentError, in words the page knows (an HTTP 503 is retryable)", async () => {
    server.use(http.get(URL_, () => new HttpResponse('busy', { status: 503 })));
    const page = pageFetch();
    const error = await parseDocumentOffThread(URL_, { fetch: spec, here: page.here }, { createWorker: () => fakeWorker() }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).detail).toEqual({ kind: 'http', status: 503 });
    expect((error as DocumentError).retryable).toBe(true);
    expect(page.calls.n).toBe(0);
  });

  it('a redirect to an origin not allowed is refused in the worker too', async () => {
    let foreign = 0;
    server.use(
      http.get(URL_, () => new HttpResponse(null, { status: 302, headers: { location: 'https://evil.test/doc.json' } })),
      http.get('https://evil.test/doc.json', () => {
        foreign++;
        return HttpResponse.json(buildSmallDocument());
      }),
    );
    const error = await parseDocumentOffThread(URL_, { fetch: spec, here: pageFetch().here }, { createWorker: () => fakeWorker() }).catch(
      (e) => e,
    );
    expect((error as DocumentError).detail).toEqual({ kind: 'redirected', to: 'https://evil.test/doc.json' });
    expect(foreign).toBe(0);
  });

  it('without a worker, or when the worker fails, the page fetches once itself', async () => {
    const expected = parseDocument(URL_, text(buildSmallDocument()));
    for (const createWorker of [() => undefined, () => fakeWorker({ fail: true })]) {
      const page = pageFetch();
      expect(await parseDocumentOffThread(URL_, { fetch: spec, here: page.here }, { createWorker })).toEqual(expected);
      expect(page.calls.n).toBe(1);
    }
  });
});
