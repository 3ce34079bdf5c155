// The one query-options factory for documents and for the runtime config: URL in the key, validation inside.
import { queryOptions } from '@tanstack/react-query';
import { DocumentError } from './document-error';
import { DEFAULT_LIMITS } from './fetch-limits';
import { loadLastGood } from './last-good';
import { parseDocumentOffThread, type ParseProgress } from './parse-off-thread';
import { reportProgress } from './parse-progress';
import { isAllowedUrl, readRuntimeConfig, type RuntimeConfig } from './source-config';
import type { LoadedDocument } from './loaded-document';

/** Tries per load: the first failure is reported at once, the others run in the background. */
export const MAX_ATTEMPTS = 3;

/**
 * The document at `url`. `allowedOrigins` (part of the key: it changes what may be fetched) is checked
 * against any address a redirect leads to. Each try gives up after `timeoutMs`.
 */
export function documentQuery(url: string, allowedOrigins: readonly string[], timeoutMs = DEFAULT_LIMITS.timeoutMs) {
  return queryOptions({
    queryKey: ['document', url, allowedOrigins, timeoutMs] as const,
    queryFn: async ({ signal }): Promise<LoadedDocument> => {
      const limits = { ...DEFAULT_LIMITS, timeoutMs };
      const isAllowed = (u: string) => isAllowedUrl(u, allowedOrigins);
      // Fetched, parsed and checked in the worker, which keeps the bytes as the last good copy once they pass;
      // in this thread only where there is no worker (the fetch's code is loaded then).
      const here = async () => (await import('./fetch-text')).fetchBytes(url, { signal, isAllowed, limits });
      const onProgress = (p: ParseProgress) => reportProgress(url, p);
      const input = { fetch: { limits, allowedOrigins }, here };
      const { document, report } = await parseDocumentOffThread(url, input, { signal, onProgress, keepAs: url }).finally(() =>
        reportProgress(url, undefined),
      );
      return { document, report, url, fetchedAt: Date.now() };
    },
    retry: (failures, error) => error instanceof DocumentError && error.retryable && failures < MAX_ATTEMPTS - 1,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // Documents are large and replaced whole: deep comparison would only cost time.
    structuralSharing: false,
  });
}

/**
 * The last good copy of a source, re-validated off the main thread by the same parser as a fresh load (the
 * contract may have moved on since it was saved); null when there is none or it no longer passes.
 */
export function lastGoodQuery(url: string) {
  return queryOptions({
    queryKey: ['last-good', url] as const,
    queryFn: async ({ signal }): Promise<LoadedDocument | null> => {
      const saved = await loadLastGood(url);
      if (!saved) return null;
      try {
        const reread = async () => (await loadLastGood(url))?.body ?? '';
        return { ...(await parseDocumentOffThread(url, saved.body, { signal, reread })), url, fetchedAt: saved.savedAt, stale: true };
      } catch {
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
    structuralSharing: false,
  });
}

export type ConfigResult = { readonly config: RuntimeConfig | null; readonly problem?: 'invalid' };

/** config.json beside index.html: absent is normal; unreadable is reported and ignored. */
export function runtimeConfigQuery(url: string) {
  return queryOptions({
    queryKey: ['runtime-config', url] as const,
    queryFn: async ({ signal }): Promise<ConfigResult> => {
      let res: Response;
      try {
        res = await fetch(url, { signal, credentials: 'omit', cache: 'no-store' });
      } catch {
        return { config: null };
      }
      if (!res.ok) return { config: null };
      try {
        const config = readRuntimeConfig(await res.json());
        return config ? { config } : { config: null, problem: 'invalid' };
      } catch {
        return { config: null, problem: 'invalid' };
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
