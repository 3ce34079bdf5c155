// The page: header, notices, filters and the dashboard, in whichever state the data is.
import { useEffect, useMemo, useState } from 'react';
import { DocumentError } from '../data/document-error';
import { indexDocument } from '../domain/document-index';
import { connectViewToUrl, useLocale } from '../state/view-store';
import { CATALOGUE } from '../i18n/messages';
import { AppHeader } from '../ui/app-header';
import { LoadErrorPanel } from '../ui/load-error-panel';
import { SourceNotices } from '../ui/source-notices';
import { DashboardSkeleton } from '../ui/dashboard-skeleton';
import { LocalFilePicker } from '../ui/preview/local-file-picker';
import { PreviewBanner } from '../ui/preview/preview-banner';
import { Dashboard } from './dashboard';
import { useLocalPreview } from './use-local-preview';
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
  const { source, url, configProblem, docQuery, lastGood } = useDashboardDocument(loc);
  // A local file being previewed replaces the configured source on screen until the reader leaves.
  const { preview, open, leave } = useLocalPreview();
  const loaded = preview ? (preview.kind === 'document' ? preview.loaded : undefined) : (docQuery.data ?? lastGood);
  const index = useMemo(() => (loaded ? indexDocument(loaded.document) : undefined), [loaded]);
  const sourceError =
    docQuery.error instanceof DocumentError ? docQuery.error : docQuery.error ? new DocumentError(url, { kind: 'network' }) : undefined;
  const error = preview ? undefined : sourceError;

  return (
    <div className="page" lang={locale}>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <AppHeader meta={loaded?.document.meta} sourceUrl={preview ? preview.name : url} failed={!!error || (!!preview && !loaded)} />
      <main id="main" tabIndex={-1}>
        <LocalFilePicker onFile={open} />
        {preview && (
          <PreviewBanner
            name={preview.name}
            error={preview.kind === 'invalid' ? preview.error : undefined}
            workbook={preview.kind === 'workbook'}
            onLeave={leave}
          />
        )}
        <SourceNotices
          source={preview ? undefined : source}
          configProblem={preview ? undefined : configProblem}
          meta={loaded?.document.meta}
        />
        {error && (
          <LoadErrorPanel
            error={error}
            lastGood={!docQuery.data ? lastGood : undefined}
            onRetry={() => void docQuery.refetch()}
            retrying={docQuery.isFetching}
          />
        )}
        {index ? <Dashboard index={index} /> : !error && !preview && <DashboardSkeleton label={m.loading} />}
      </main>
    </div>
  );
}
