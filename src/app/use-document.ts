// Wires config.json, the ?source= rule and the document query together for the page.
import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { documentQuery, lastGoodQuery, runtimeConfigQuery } from '../data/document-query';
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
  const docQuery = useQuery({ ...documentQuery(url, origins), enabled: source !== undefined });
  const failed = docQuery.isError && !docQuery.data;
  const lastGoodCopy = useQuery({ ...lastGoodQuery(url), enabled: failed });
  const lastGood = failed ? (lastGoodCopy.data ?? undefined) : undefined;
  const progress = useSyncExternalStore(subscribeProgress, () => progressOf(url));
  return { source, url, configProblem: configQuery.data?.problem, docQuery, lastGood, progress };
}
