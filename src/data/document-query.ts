// The one query-options factory for documents and for the runtime config: URL in the key, validation inside.
import { queryOptions } from '@tanstack/react-query';
import { DocumentError } from './document-error';
import { DEFAULT_LIMITS, fetchText } from './fetch-text';
import { loadLastGood, saveLastGood } from './last-good';
import { parseDocument } from './parse-document';
import { isAllowedUrl, runtimeConfigSchema, type RuntimeConfig } from './source-config';
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
      const isAllowed = (u: string) => isAllowedUrl(u, allowedOrigins);
      const text = await fetchText(url, { signal, isAllowed, limits: { ...DEFAULT_LIMITS, timeoutMs } });
      const document = parseDocument(url, text);
      const fetchedAt = Date.now();
      void saveLastGood(url, text, fetchedAt);
      return { document, url, fetchedAt };
    },
    retry: (failures, error) => error instanceof DocumentError && error.retryable && failures < MAX_ATTEMPTS - 1,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    // Documents are large and replaced whole: deep comparison would only cost time.
    structuralSharing: false,
  });
}

/**
 * The last good copy of a source, re-validated by the same parser as a fresh load (the contract may have
 * moved on since it was saved); null when there is none or it no longer passes.
 */
export function lastGoodQuery(url: string) {
  return queryOptions({
    queryKey: ['last-good', url] as const,
    queryFn: async (): Promise<LoadedDocument | null> => {
      const saved = await loadLastGood(url);
      if (!saved) return null;
      try {
        return { document: parseDocument(url, saved.text), url, fetchedAt: saved.savedAt, stale: true };
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
        const parsed = runtimeConfigSchema.safeParse(await res.json());
        return parsed.success ? { config: parsed.data } : { config: null, problem: 'invalid' };
      } catch {
        return { config: null, problem: 'invalid' };
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
