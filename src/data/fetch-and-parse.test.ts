import { http, HttpResponse, delay } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { server } from '../../mocks/node';
import { DocumentError } from './document-error';
import { fetchText } from './fetch-text';
import { isAllowedUrl } from './source-config';
import { parseDocument, parseJsonText } from './parse-document';

const URL_ = 'https://data.test/doc.json';
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function failure(p: Promise<unknown>): Promise<DocumentError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DocumentError) return e;
    throw e;
  }
  throw new Error('expected a DocumentError');
}

describe('fetchText', () => {
  it('returns the body and sends no cookies', async () => {
    let credentials: RequestCredentials | undefined;
    server.use(
      http.get(URL_, ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.text('{"a":1}');
      }),
    );
    expect(await fetchText(URL_)).toBe('{"a":1}');
    expect(credentials).toBe('omit');
  });

  it('stops at the size cap, declared or not', async () => {
    server.use(http.get(URL_, () => HttpResponse.text('x'.repeat(5000))));
    const e = await failure(fetchText(URL_, { limits: { timeoutMs: 5000, maxBytes: 1000 } }));
    expect(e.detail).toEqual({ kind: 'too-large', maxBytes: 1000 });
  });

  it('reads a body of declared length whole, and one of unknown length (4,000 bytes in chunks) at the cap', async () => {
    const text = 'y'.repeat(900);
    server.use(http.get(URL_, () => new HttpResponse(text, { headers: { 'Content-Length': '900' } })));
    expect(await fetchText(URL_, { limits: { timeoutMs: 5000, maxBytes: 1000 } })).toBe(text);

    const chunks = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(400));
          controller.close();
        },
      });
    server.use(http.get(URL_, () => new HttpResponse(chunks())));
    const e = await failure(fetchText(URL_, { limits: { timeoutMs: 5000, maxBytes: 1000 } }));
    expect(e.detail).toEqual({ kind: 'too-large', maxBytes: 1000 });
  });

  it('gives up after the timeout', async () => {
    server.use(
      http.get(URL_, async () => {
        await delay(2000);
        return HttpResponse.text('{}');
      }),
    );
    const e = await failure(fetchText(URL_, { limits: { timeoutMs: 100, maxBytes: 1000 } }));
    expect(e.detail).toEqual({ kind: 'timeout', seconds: 0.1 });
    expect(e.retryable).toBe(true);
  });

  it.each([
    [500, true],
    [404, false],
  ])('reports HTTP %i (retryable: %s)', async (status, retryable) => {
    server.use(http.get(URL_, () => new HttpResponse('no', { status })));
    const e = await failure(fetchText(URL_));
    expect(e.detail).toEqual({ kind: 'http', status });
    expect(e.retryable).toBe(retryable);
  });

  it('follows a redirect only itself, and only to an allowed address; a foreign one is never requested', async () => {
    const requested: string[] = [];
    server.use(
      http.get(URL_, () => HttpResponse.redirect('https://data.test/moved.json', 302)),
      http.get('https://data.test/moved.json', () => HttpResponse.redirect('https://evil.test/x.json', 301)),
      http.get('https://evil.test/x.json', ({ request }) => {
        requested.push(request.url);
        return HttpResponse.text('{}');
      }),
    );
    const isAllowed = (u: string) => isAllowedUrl(u, ['https://data.test']);
    const e = await failure(fetchText(URL_, { isAllowed }));
    expect(e.detail).toEqual({ kind: 'redirected', to: 'https://evil.test/x.json' });
    expect(requested).toEqual([]);
  });

  it('follows an allowed redirect to its end', async () => {
    server.use(
      http.get(URL_, () => new HttpResponse(null, { status: 302, headers: { Location: '/moved.json' } })),
      http.get('https://data.test/moved.json', () => HttpResponse.text('{"moved":true}')),
    );
    expect(await fetchText(URL_, { isAllowed: (u) => isAllowedUrl(u, ['https://data.test']) })).toBe('{"moved":true}');
  });

  it('refuses any redirect by default, and a browser-hidden one without knowing where it leads', async () => {
    server.use(http.get(URL_, () => HttpResponse.redirect('https://data.test/moved.json', 302)));
    expect((await failure(fetchText(URL_))).detail).toEqual({ kind: 'redirected', to: 'https://data.test/moved.json' });
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, headers: new Headers() } as Response;
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(opaque);
    try {
      expect((await failure(fetchText(URL_))).detail).toEqual({ kind: 'redirected' });
    } finally {
      globalThis.fetch = realFetch;
    }
  });

  it('reports a network failure', async () => {
    server.use(http.get(URL_, () => HttpResponse.error()));
    expect((await failure(fetchText(URL_))).detail).toEqual({ kind: 'network' });
  });
});

describe('parseJsonText / parseDocument', () => {
  it.each([
    ['', { kind: 'empty' }],
    ['   \n', { kind: 'empty' }],
    ['<!doctype html><h1>502</h1>', { kind: 'html' }],
    ['{"meta": {"title": "x"', { kind: 'truncated' }],
    ['[1, 2', { kind: 'truncated' }],
    ['{"a": 1,\n "b" 2}', { kind: 'syntax', line: 2, column: 6 }],
    ['{"a": nope}', { kind: 'syntax' }],
  ])('%j → %j', (text, detail) => {
    let caught: unknown;
    try {
      parseJsonText(URL_, text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DocumentError);
    expect((caught as DocumentError).detail).toEqual(detail);
  });

  it('returns the validated document, with unknown fields accepted', () => {
    const { document, report } = parseDocument(URL_, JSON.stringify({ ...buildSmallDocument(), future: 1 }));
    expect(document.meta.province.name).toBe('Tỉnh Mẫu');
    expect(report.exclusions.total).toBe(0);
  });

  it('leaves bad records out, counting every problem but keeping at most 1,000', () => {
    const doc = buildSmallDocument();
    const bad = Array.from({ length: 1500 }, (_, i) => ({ ...doc.ocop.products[0]!, id: `X${i}`, stars: 9 }));
    const { document, report } = parseDocument(
      URL_,
      JSON.stringify({ ...doc, ocop: { ...doc.ocop, products: [...doc.ocop.products, ...bad] } }),
    );
    expect(document.ocop.products).toEqual(doc.ocop.products);
    expect(report.total).toBe(1500);
    expect(report.problems).toHaveLength(1000);
    expect(report.exclusions.total).toBe(1500);
  });

  it('refuses a broken structure whole', () => {
    let caught: DocumentError | undefined;
    try {
      parseDocument(URL_, JSON.stringify({ ...buildSmallDocument(), communes: {} }));
    } catch (e) {
      caught = e as DocumentError;
    }
    expect(caught?.detail).toMatchObject({ kind: 'invalid', total: 1 });
  });
});
