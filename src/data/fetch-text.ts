// Fetches a document's text without cookies, with a timeout and a size cap, from an allowed origin only.
import { DocumentError } from './document-error';

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 50 * 1024 * 1024 };

async function readCapped(url: string, res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new DocumentError(url, { kind: 'too-large', maxBytes });
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new DocumentError(url, { kind: 'too-large', maxBytes });
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * GETs `url` and returns its body as text. `isAllowed` is asked again about the final address after
 * redirects, so an allowed address cannot hand over to one that is not.
 */
export async function fetchText(
  url: string,
  {
    signal,
    limits = DEFAULT_LIMITS,
    isAllowed = () => true,
  }: { signal?: AbortSignal; limits?: FetchLimits; isAllowed?: (url: string) => boolean } = {},
): Promise<string> {
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
