// The page: header, notices, filters and the dashboard, in whichever state the data is.
import { useEffect, useMemo, useState } from 'react';
import { DocumentError } from '../data/document-error';
import { MAX_ATTEMPTS } from '../data/document-query';
import { indexDocument } from '../domain/document-index';
import { connectViewToUrl, useLocale } from '../state/view-store';
import { CATALOGUE } from '../i18n/messages';
import { AppHeader } from '../ui/app-header';
import { DataAgeNotice, SlideFlags, type Freshness } from '../ui/data-flags';
import { LoadErrorPanel } from '../ui/load-error-panel';
import { SourceNotices } from '../ui/source-notices';
import { DashboardSkeleton } from '../ui/dashboard-skeleton';
import { Dashboard } from './dashboard';
import { currentLocation, useDashboardDocument } from './use-document';

export function App() {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const [loc] = useState(currentLocation);
  // The URL is an external system: the view is written to it and read back on back/forward.
  useEffect(() => connectViewToUrl(), []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const { source, url, configProblem, docQuery, lastGood, refreshMs } = useDashboardDocument(loc);
  // What is on screen: the fresh document, or else the last good copy once a load has failed.
  const loaded = docQuery.data ?? lastGood;
  const index = useMemo(() => (loaded ? indexDocument(loaded.document) : undefined), [loaded]);
  // The first failure is told at once, while the remaining tries go on in the background.
  const problem = docQuery.error ?? (docQuery.failureCount > 0 ? docQuery.failureReason : null);
  const error = problem instanceof DocumentError ? problem : problem ? new DocumentError(url, { kind: 'network' }) : undefined;
  const backgroundAttempt = !docQuery.isError && docQuery.failureCount > 0 ? docQuery.failureCount + 1 : undefined;
  const freshness: Freshness | undefined = loaded && {
    loaded,
    refreshMs,
    refreshing: docQuery.isFetching,
    failed: !!error || !!loaded.stale,
  };

  return (
    <div className="page" lang={locale}>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <AppHeader meta={loaded?.document.meta} sourceUrl={url} failed={!!error} />
      <main id="main" tabIndex={-1}>
        <SourceNotices source={source} configProblem={configProblem} meta={loaded?.document.meta} />
        {error ? (
          <LoadErrorPanel
            error={error}
            shown={loaded}
            onRetry={() => void docQuery.refetch()}
            retrying={docQuery.isFetching}
            backgroundAttempt={backgroundAttempt ? { attempt: backgroundAttempt, total: MAX_ATTEMPTS } : undefined}
          />
        ) : (
          loaded && <DataAgeNotice loaded={loaded} refreshMs={refreshMs} refreshing={docQuery.isFetching} />
        )}
        {index ? (
          <Dashboard index={index} flags={<SlideFlags source={source} freshness={freshness} />} />
        ) : (
          !error && <DashboardSkeleton label={m.loading} />
        )}
      </main>
    </div>
  );
}
