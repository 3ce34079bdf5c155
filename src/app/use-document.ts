// Wires config.json, the ?source= rule, the document query and the last good copy together for the page.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { documentQuery, lastGoodQuery, runtimeConfigQuery } from '../data/document-query';
import { DEFAULT_LIMITS } from '../data/fetch-limits';
import { progressOf, subscribeProgress } from '../data/parse-progress';
import { allowedOrigins, resolveSource, type ResolvedSource } from '../data/source-config';

export interface PageLocation {
  readonly pageUrl: string;
  readonly baseUrl: string;
  readonly buildUrl?: string | undefined;
}

export function currentLocation(): PageLocation {
  return {
    pageUrl: window.location.href,
    baseUrl: new URL(import.meta.env.BASE_URL, window.location.href).href,
    buildUrl: import.meta.env.VITE_DATA_URL as string | undefined,
  };
}

export function useDashboardDocument(loc: PageLocation) {
  const configQuery = useQuery(runtimeConfigQuery(new URL('config.json', loc.baseUrl).href));
  const config = configQuery.data?.config ?? null;
  const source: ResolvedSource | undefined = useMemo(
    () => (configQuery.isPending ? undefined : resolveSource({ ...loc, config })),
    [configQuery.isPending, loc, config],
  );
  const url = source ? (source.kind === 'ok' ? source.url : source.fallbackUrl) : '';
  const origins = useMemo(() => [...allowedOrigins(loc.pageUrl, config)].sort(), [loc.pageUrl, config]);
  const timeoutMs = config?.timeoutSeconds ? config.timeoutSeconds * 1000 : DEFAULT_LIMITS.timeoutMs;
  const refreshMs = config?.refreshMinutes ? config.refreshMinutes * 60_000 : undefined;
  const docQuery = useQuery({
    ...documentQuery(url, origins, timeoutMs),
    enabled: source !== undefined,
    // Wall screens: a new document replaces the old one in place; a failed refresh keeps the old figures.
    refetchInterval: refreshMs ?? false,
    refetchIntervalInBackground: true,
  });
  // The kept copy is read only once a load has failed (it costs a parse), and then stays at hand.
  const failedOnce = docQuery.isError || docQuery.failureCount > 0;
  const lastGood = useQuery({ ...lastGoodQuery(url), enabled: url !== '' && failedOnce && !docQuery.data });
  const progress = useSyncExternalStore(subscribeProgress, () => progressOf(url));
  return { source, url, configProblem: configQuery.data?.problem, docQuery, lastGood: lastGood.data ?? undefined, refreshMs, progress };
}
