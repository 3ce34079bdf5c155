// The dashboard for a loaded document: filters, the one-line summary and the targets, for the current view.
import { lazy, memo, Suspense, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Exclusions } from '../data/document-problems';
import type { DocumentIndex } from '../domain/document-index';
import { figureMarks } from '../domain/excluded-figures';
import { regionsInScope } from '../domain/document-index';
import { regionNamesOf } from '../domain/region-names';
import { buildOverview, resolveYear } from '../domain/overview';
import { CATALOGUE } from '../i18n/messages';
import { describeHeadline, describeSummary } from '../i18n/describe';
import { scopeLabel } from '../i18n/scope-label';
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
import { useLocale, useRegionIds, useSelectedYear, useSlide, useViewActions } from '../state/view-store';
import { useWarmViews } from './use-warm-views';
import { useSectionGroundwork } from './use-section-groundwork';
import { formatters } from '../i18n/format';
import { FilterBar } from '../ui/filter-bar';
import { TargetOverview } from '../ui/target-overview';
import { ExportInfoContext } from '../ui/export/export-context';
import { StatusStrip } from '../ui/status-strip';
import { targetTrends } from '../domain/target-glance';
import { describeBehind } from '../i18n/describe-glance';
import { useAfterPaint } from '../ui/use-after-paint';
import { Sections } from './dashboard-sections';
import type { SectionProps } from '../ui/section-props';

// Charts, tables and the map load after the figures (dashboard-sections.tsx).
// Slides and the presenter's window load when asked for.
const Presentation = lazy(() => import('../ui/presentation').then((m) => ({ default: m.Presentation })));
// The printed first page's summary: with the sections, after the first figures (it shows only on paper).
const PrintSummary = lazy(() => import('../ui/print-summary').then((m) => ({ default: memo(m.PrintSummary) })));
const PresenterView = lazy(() => import('../ui/slides/presenter-view').then((m) => ({ default: m.PresenterView })));

/** `flags`: the source and freshness warnings, carried into the slides (which cover the page's notices). */
export function Dashboard({ index, exclusions, flags }: { index: DocumentIndex; exclusions: Exclusions; flags?: ReactNode }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const requestedRegions = useRegionIds();
  const requestedYear = useSelectedYear();
  const { year, moved: yearMoved } = resolveYear(index, requestedYear);
  const regionIds = useMemo(
    () => (requestedRegions.length === 0 ? [] : regionsInScope(index, requestedRegions)),
    [index, requestedRegions],
  );
  const overview = useMemo(() => buildOverview(index, { regionIds, year }), [index, regionIds, year]);
  const trends = useMemo(
    () =>
      targetTrends(
        index,
        overview.groups.flatMap((g) => g.rows.map((r) => r.evaluation)),
        { regionIds, year },
      ),
    [index, overview, regionIds, year],
  );
  const marks = useMemo(() => figureMarks(exclusions, overview, regionIds), [exclusions, overview, regionIds]);
  const label = scopeLabel(index, regionIds, locale);
  const regionName = useCallback((id: string) => regionNamesOf(index).get(id) ?? id, [index]);
  const regionNames = useCallback((ids: readonly string[]) => scopeLabel(index, ids, locale), [index, locale]);
  const groundworkReady = useSectionGroundwork(index, year, formatters(locale).compare);
  const slide = useSlide();
  useWarmViews(index, year);
  const { setSlide } = useViewActions();
  // The presenter's second window (opened from the slides) shows the presenter view instead of the dashboard.
  const [presenterWindow] = useState(() => new URLSearchParams(window.location.search).has('presenter'));

  const sectionProps: SectionProps = useMemo(() => ({ index, regionIds, year, scopeLabel: label }), [index, regionIds, year, label]);
  // The figures follow a filter change at once; charts, tables and the printed summary follow once the figures
  // have painted, in the background, so typing and clicking stay responsive on national-scale documents.
  const later = useAfterPaint(useMemo(() => ({ props: sectionProps, overview }), [sectionProps, overview]));
  const deferredProps = later.props;
  // What downloads say about themselves and how they are named (the sections' downloads: their view).
  const exportAbout = useMemo(() => {
    const names = regionNamesOf(index);
    const { scopeLabel, regionIds: ids, year: y } = later.props;
    return { meta: index.doc.meta, locale, scopeLabel, regionNames: ids.map((id) => names.get(id) ?? id), year: y };
  }, [index, locale, later]);

  if (presenterWindow || slide !== null)
    return (
      <Suspense fallback={<p role="status">{m.sectionLoading}</p>}>
        {presenterWindow ? (
          <PresenterView overview={overview} meta={index.doc.meta} view={sectionProps} regionNames={regionNames} />
        ) : (
          <Presentation
            overview={overview}
            meta={index.doc.meta}
            scopeLabel={label}
            regionNames={regionNames}
            slide={slide ?? 1}
            view={sectionProps}
            flags={flags}
          />
        )}
      </Suspense>
    );

  return (
    <>
      <div className="summary" role="status" aria-live="polite">
        <p className="summary__behind" data-testid="behind">
          {describeBehind(
            overview.groups.flatMap((g) => g.rows.map((r) => r.evaluation)),
            locale,
            regionName,
          )}
        </p>
      </div>
      <StatusStrip overview={overview} scopeLabel={label} regionName={regionName} />
      <div className="summary summary--areas">
        <p className="summary__headline" data-testid="headline">
          {describeHeadline(overview, locale, marks.byArea)}
        </p>
        <p className="summary__counts">{describeSummary(overview, locale, label)}</p>
        {marks.total > 0 && (
          <p className="excluded-note" data-testid="headline-excluded">
            {DATA_QUALITY_MESSAGES[locale].markNote({ count: marks.total })}
          </p>
        )}
        {yearMoved && requestedYear !== null && (
          <p className="summary__note" data-testid="year-moved">
            {m.yearMoved({ requested: requestedYear, year })}
          </p>
        )}
      </div>
      <div className="toolbar">
        <FilterBar index={index} year={year} selected={regionIds} />
        <button type="button" className="button present-button" onClick={() => setSlide(1)}>
          ▶ {m.present.start}
        </button>
      </div>
      <Suspense fallback={null}>
        <PrintSummary overview={later.overview} meta={index.doc.meta} scopeLabel={later.props.scopeLabel} />
      </Suspense>
      <TargetOverview overview={overview} scopeLabel={label} regionNames={regionNames} trends={trends} marks={marks} />
      <ExportInfoContext value={exportAbout}>
        <Sections
          props={deferredProps}
          ready={groundworkReady}
          loading={m.sectionLoading}
          failed={m.sectionFailed}
          retry={m.retry}
          exclusions={exclusions}
          note={DATA_QUALITY_MESSAGES[locale].sectionNote}
        />
      </ExportInfoContext>
    </>
  );
}
