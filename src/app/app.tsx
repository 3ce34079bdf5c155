// The page: header, notices, filters and the dashboard, in whichever state the data is.
import { lazy, Suspense, useEffect, useState } from 'react';
import { DocumentError } from '../data/document-error';
import { MAX_ATTEMPTS } from '../data/document-query';
import { connectViewToUrl, useLocale } from '../state/view-store';
import { CATALOGUE } from '../i18n/messages';
import { AppHeader } from '../ui/app-header';
import { DataAgeNotice, SlideFlags, type Freshness } from '../ui/data-flags';
import { LoadErrorPanel } from '../ui/load-error-panel';
import { SourceNotices } from '../ui/source-notices';
import { overallFraction } from '../data/parse-progress';
import type { ParseProgress } from '../data/parse-off-thread';
import { formatters, type Locale } from '../i18n/format';
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
import { DashboardSkeleton } from '../ui/dashboard-skeleton';
import { LocalFilePicker } from '../ui/preview/local-file-picker';
import { PreviewBanner } from '../ui/preview/preview-banner';
import { PREVIEW_MESSAGES } from '../i18n/messages-preview';
import { Dashboard } from './dashboard';
import { useLocalPreview } from './use-local-preview';
import { currentLocation, useDashboardDocument } from './use-document';
import { usePrepared } from './use-prepared';

// Only a document with left-out records or warnings needs the notice that lists them: it loads apart.
const DataQualityNotice = lazy(() => import('../ui/data-quality-notice').then((m) => ({ default: m.DataQualityNotice })));

export function App() {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const [loc] = useState(currentLocation);
  // The URL is an external system: the view is written to it and read back on back/forward.
  useEffect(() => connectViewToUrl(), []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const { source, url, configProblem, docQuery, lastGood, refreshMs, progress } = useDashboardDocument(loc);
  // A local file being previewed replaces the configured source on screen until the reader leaves.
  const { preview, open, leave } = useLocalPreview();
  // What is on screen: the previewed file, or the fresh document, or else the last good copy once a load has failed.
  const arrived = preview ? (preview.kind === 'document' ? preview.loaded : undefined) : (docQuery.data ?? lastGood);
  // A national document is indexed and its first figures computed in steps; until then the skeleton (or, on a
  // refresh, the previous figures) stays.
  const { prepared, preparing } = usePrepared(arrived);
  const loaded = prepared?.loaded;
  const index = prepared?.index;
  // The first failure is told at once, while the remaining tries go on in the background.
  const problem = docQuery.error ?? (docQuery.failureCount > 0 ? docQuery.failureReason : null);
  const sourceError = problem instanceof DocumentError ? problem : problem ? new DocumentError(url, { kind: 'network' }) : undefined;
  const error = preview ? undefined : sourceError;
  const backgroundAttempt = !docQuery.isError && docQuery.failureCount > 0 ? docQuery.failureCount + 1 : undefined;
  const freshness: Freshness | undefined =
    !preview && loaded ? { loaded, refreshMs, refreshing: docQuery.isFetching, failed: !!error || !!loaded.stale } : undefined;

  return (
    <div className="page" lang={locale}>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <AppHeader meta={loaded?.document.meta} sourceUrl={preview ? preview.name : url} failed={!!error || (!!preview && !loaded)} />
      <main id="main" tabIndex={-1}>
        {preview && <PreviewBanner name={preview.name} error={preview.kind === 'invalid' ? preview.error : undefined} onLeave={leave} />}
        <SourceNotices
          source={preview ? undefined : source}
          configProblem={preview ? undefined : configProblem}
          meta={loaded?.document.meta}
        />
        {error ? (
          <LoadErrorPanel
            error={error}
            shown={loaded}
            onRetry={() => void docQuery.refetch()}
            retrying={docQuery.isFetching}
            backgroundAttempt={backgroundAttempt ? { attempt: backgroundAttempt, total: MAX_ATTEMPTS } : undefined}
          />
        ) : (
          loaded && !preview && <DataAgeNotice loaded={loaded} refreshMs={refreshMs} refreshing={docQuery.isFetching} />
        )}
        {loaded && (loaded.report.exclusions.total > 0 || loaded.report.warningTotal > 0) && (
          <Suspense fallback={null}>
            <DataQualityNotice report={loaded.report} />
          </Suspense>
        )}
        {index && loaded ? (
          <Dashboard
            index={index}
            exclusions={loaded.report.exclusions}
            flags={
              preview ? (
                <p className="slide-flag" data-testid="slide-preview-flag">
                  <span aria-hidden="true">⚠ </span>
                  {PREVIEW_MESSAGES[locale].banner({ name: preview.name })}
                </p>
              ) : (
                <SlideFlags source={source} freshness={freshness} />
              )
            }
          />
        ) : (
          (preparing || (!error && !preview)) && (
            <DashboardSkeleton
              label={preparing ? describeProgress(PREPARING, locale) : progress ? describeProgress(progress, locale) : m.loading}
              progress={preparing ? overallFraction(PREPARING) : progress && overallFraction(progress)}
            />
          )
        )}
        {/* For the staff who check a file before publishing it: below the figures, so leaders see statuses first. */}
        <LocalFilePicker onFile={open} />
      </main>
    </div>
  );
}

/** Computing the first figures comes after the records have been received. */
const PREPARING: ParseProgress = { phase: 'receiving', fraction: 1 };

function describeProgress(p: ParseProgress, locale: Locale): string {
  return DATA_QUALITY_MESSAGES[locale].loadingPhase[p.phase]({ percent: formatters(locale).percent(overallFraction(p) * 100, 0) });
}
