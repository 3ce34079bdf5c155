// The one query-options factory for documents and for the runtime config: URL in the key, validation inside.
import { queryOptions } from '@tanstack/react-query';
import { DocumentError } from './document-error';
import { fetchBytes } from './fetch-text';
import { loadLastGood, saveLastGood } from './last-good';
import { parseDocumentOffThread, type ParseProgress } from './parse-off-thread';
import { reportProgress } from './parse-progress';
import { readRuntimeConfig, type RuntimeConfig } from './source-config';
import type { LoadedDocument } from './loaded-document';

/**
 * The document at `url`. `allowedOrigins` (part of the key: it changes what may be fetched) is checked
 * again against the address a redirect ends at.
 */
export function documentQuery(url: string, allowedOrigins: readonly string[]) {
  return queryOptions({
    queryKey: ['document', url, allowedOrigins] as const,
    queryFn: async ({ signal }): Promise<LoadedDocument> => {
      const isAllowed = (u: string) => u === url || allowedOrigins.includes(new URL(u).origin);
      const bytes = await fetchBytes(url, { signal, isAllowed });
      const onProgress = (p: ParseProgress) => reportProgress(url, p);
      const { document, report, text } = await parseDocumentOffThread(url, bytes, { signal, onProgress, wantText: true }).finally(() =>
        reportProgress(url, undefined),
      );
      const fetchedAt = Date.now();
      if (text !== undefined) saveLastGood(url, text, fetchedAt);
      return { document, report, url, fetchedAt };
    },
    retry: (failures, error) => error instanceof DocumentError && error.retryable && failures < 2,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // Documents are large and replaced whole: deep comparison would only cost time.
    structuralSharing: false,
  });
}

/** The last good copy of a source, re-validated (the contract may have moved on since it was saved). */
export function lastGoodQuery(url: string) {
  return queryOptions({
    queryKey: ['last-good', url] as const,
    queryFn: async ({ signal }): Promise<LoadedDocument | null> => {
      const saved = loadLastGood(url);
      if (!saved) return null;
      try {
        return { ...(await parseDocumentOffThread(url, saved.text, { signal })), url, fetchedAt: saved.savedAt, stale: true };
      } catch {
        return null;
      }
    },
    staleTime: Infinity,
    retry: false,
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
