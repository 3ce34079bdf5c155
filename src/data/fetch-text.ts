// Fetches a document's text without cookies, with a timeout and a size cap, from an allowed origin only.
import { DocumentError } from './document-error';

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 50 * 1024 * 1024 };

async function readCapped(url: string, res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new DocumentError(url, { kind: 'too-large', maxBytes });
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DocumentError(url, { kind: 'too-large', maxBytes });
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** GETs `url` and returns its body as text (see fetchBytes). */
export async function fetchText(url: string, options: Parameters<typeof fetchBytes>[1] = {}): Promise<string> {
  return new TextDecoder().decode(await fetchBytes(url, options));
}

/**
 * GETs `url` and returns its body as bytes: a large document is decoded off the main thread (decoding 8 MB
 * here took seconds on a slow CPU). `isAllowed` is asked again about the final address after
 * redirects, so an allowed address cannot hand over to one that is not.
 */
export async function fetchBytes(
  url: string,
  {
    signal,
    limits = DEFAULT_LIMITS,
    isAllowed = () => true,
  }: { signal?: AbortSignal; limits?: FetchLimits; isAllowed?: (url: string) => boolean } = {},
): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, {
      signal: combined,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { Accept: 'application/json' },
    });
  } catch (e) {
    if (timeout.aborted) throw new DocumentError(url, { kind: 'timeout', seconds: limits.timeoutMs / 1000 });
    if (signal?.aborted) throw e;
    throw new DocumentError(url, { kind: 'network' });
  }
  if (res.url && res.url !== url && !isAllowed(res.url)) throw new DocumentError(url, { kind: 'redirected', to: res.url });
  if (!res.ok) throw new DocumentError(url, { kind: 'http', status: res.status });
  try {
    return await readCapped(url, res, limits.maxBytes);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    if (timeout.aborted) throw new DocumentError(url, { kind: 'timeout', seconds: limits.timeoutMs / 1000 });
    throw new DocumentError(url, { kind: 'network' });
  }
}
