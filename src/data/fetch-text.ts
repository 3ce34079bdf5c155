// Fetches a document's text without cookies, with a timeout and a size cap, from an allowed origin only.
import { DocumentError } from './document-error';
import { DEFAULT_LIMITS, type FetchLimits } from './fetch-limits';

async function readCapped(url: string, res: Response, maxBytes: number): Promise<Uint8Array> {
  const header = res.headers.get('content-length');
  const declared = header === null ? NaN : Number(header);
  if (declared > maxBytes) throw new DocumentError(url, { kind: 'too-large', maxBytes });
  // A body sent as is, with its length declared within the cap, is gathered by the browser in one piece: read
  // chunk by chunk here, an 8 MB body cost the page tasks of over 100 ms at 4× CPU. A compressed body (whose
  // declared length is the compressed one) and a body of unknown length are read in chunks and stopped at the cap.
  const identity = (res.headers.get('content-encoding') ?? 'identity') === 'identity';
  if (!res.body || (Number.isFinite(declared) && identity)) {
    const body = new Uint8Array(await res.arrayBuffer());
    if (body.byteLength > maxBytes) throw new DocumentError(url, { kind: 'too-large', maxBytes });
    return body;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined); // not awaited: some streams settle their cancel late
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

const MAX_REDIRECTS = 5;

/**
 * GETs `url` and returns its body as bytes (a large document is decoded off the main thread). Redirects are
 * never followed by the browser (`redirect: 'manual'`): where their target can be read (not in browsers, which
 * hide it), the app follows it only if `isAllowed` says so; otherwise the redirect is refused, so a foreign
 * address is never requested.
 */
export async function fetchBytes(
  url: string,
  {
    signal,
    limits = DEFAULT_LIMITS,
    isAllowed = (u) => u === url,
  }: { signal?: AbortSignal; limits?: FetchLimits; isAllowed?: (url: string) => boolean } = {},
): Promise<Uint8Array> {
  const timeout = AbortSignal.timeout(limits.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  const timedOut = () => new DocumentError(url, { kind: 'timeout', seconds: limits.timeoutMs / 1000 });
  let res: Response;
  let current = url;
  for (let hops = 0; ; hops++) {
    try {
      res = await fetch(current, {
        signal: combined,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        redirect: 'manual',
        headers: { Accept: 'application/json' },
      });
    } catch (e) {
      if (timeout.aborted) throw timedOut();
      if (signal?.aborted) throw e;
      throw new DocumentError(url, { kind: 'network' });
    }
    // A browser hides where a redirect leads: it is refused without being followed.
    if (res.type === 'opaqueredirect') throw new DocumentError(url, { kind: 'redirected' });
    const location = res.status >= 300 && res.status < 400 ? res.headers.get('location') : null;
    if (location === null) break;
    const next = new URL(location, current).href;
    if (hops >= MAX_REDIRECTS || !isAllowed(next)) throw new DocumentError(url, { kind: 'redirected', to: next });
    current = next;
  }
  if (!res.ok) throw new DocumentError(url, { kind: 'http', status: res.status });
  try {
    return await readCapped(url, res, limits.maxBytes);
  } catch (e) {
    if (e instanceof DocumentError) throw e;
    if (timeout.aborted) throw timedOut();
    throw new DocumentError(url, { kind: 'network' });
  }
}
