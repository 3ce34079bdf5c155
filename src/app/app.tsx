// The page: header, notices, filters and the dashboard, in whichever state the data is.
import { useEffect, useMemo, useState } from 'react';
import { DocumentError } from '../data/document-error';
import { indexDocument } from '../domain/document-index';
import { connectViewToUrl, useLocale } from '../state/view-store';
import { CATALOGUE } from '../i18n/messages';
import { AppHeader } from '../ui/app-header';
import { LoadErrorPanel } from '../ui/load-error-panel';
import { SourceNotices } from '../ui/source-notices';
import { DataQualityNotice } from '../ui/data-quality-notice';
import { overallFraction } from '../data/parse-progress';
import type { ParseProgress } from '../data/parse-off-thread';
import { formatters, type Locale } from '../i18n/format';
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
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
  const { source, url, configProblem, docQuery, lastGood, progress } = useDashboardDocument(loc);
  const loaded = docQuery.data ?? lastGood;
  const index = useMemo(() => (loaded ? indexDocument(loaded.document) : undefined), [loaded]);
  const error =
    docQuery.error instanceof DocumentError ? docQuery.error : docQuery.error ? new DocumentError(url, { kind: 'network' }) : undefined;

  return (
    <div className="page" lang={locale}>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <AppHeader meta={loaded?.document.meta} sourceUrl={url} failed={!!error} />
      <main id="main" tabIndex={-1}>
        <SourceNotices source={source} configProblem={configProblem} meta={loaded?.document.meta} />
        {error && (
          <LoadErrorPanel
            error={error}
            lastGood={!docQuery.data ? lastGood : undefined}
            onRetry={() => void docQuery.refetch()}
            retrying={docQuery.isFetching}
          />
        )}
        {loaded && <DataQualityNotice report={loaded.report} />}
        {index && loaded ? (
          <Dashboard index={index} exclusions={loaded.report.exclusions} />
        ) : (
          !error && (
            <DashboardSkeleton
              label={progress ? describeProgress(progress, locale) : m.loading}
              progress={progress && overallFraction(progress)}
            />
          )
        )}
      </main>
    </div>
  );
}

function describeProgress(p: ParseProgress, locale: Locale): string {
  return DATA_QUALITY_MESSAGES[locale].loadingPhase[p.phase]({ percent: formatters(locale).percent(overallFraction(p) * 100, 0) });
}
