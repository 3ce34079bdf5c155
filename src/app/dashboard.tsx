// The dashboard for a loaded document: filters, the one-line summary and the targets, for the current view.
import { memo, useCallback, useDeferredValue, useMemo } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { regionsInScope } from '../domain/document-index';
import { buildOverview, resolveYear } from '../domain/overview';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { describeHeadline, describeSummary } from '../i18n/describe';
import { useLocale, useRegionIds, useSelectedYear, useSlide, useViewActions } from '../state/view-store';
import { Presentation } from '../ui/presentation';
import { useWarmYears } from './use-warm-years';
import { FilterBar } from '../ui/filter-bar';
import { TargetOverview } from '../ui/target-overview';
import { SectionBoundary } from '../ui/section-boundary';
import { retriableLazy } from '../ui/retriable-lazy';
import type { SectionProps } from '../ui/section-props';

// Charts, tables and the map load after the figures: they are not part of the first paint's JavaScript.
// A section whose chunk failed to load (a dropped connection) imports it again on "Thử lại".
const SECTIONS = [
  { id: 'map', section: retriableLazy(() => import('../ui/map/region-map')), minHeight: 640 },
  { id: 'ocop', section: retriableLazy(() => import('../ui/ocop/ocop-section')), minHeight: 3400 },
  { id: 'ntm', section: retriableLazy(() => import('../ui/ntm/ntm-section')), minHeight: 1800 },
  { id: 'craft', section: retriableLazy(() => import('../ui/craft/craft-section')), minHeight: 1200 },
] as const;

export function scopeLabel(
  index: DocumentIndex,
  regionIds: readonly string[],
  wholeProvince: string,
  list: (items: string[]) => string,
): string {
  if (regionIds.length === 0) return wholeProvince;
  const names = new Map(index.doc.regions.map((r) => [r.id, r.name]));
  return list(regionIds.map((id) => names.get(id) ?? id));
}

export function Dashboard({ index }: { index: DocumentIndex }) {
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
  const label = scopeLabel(index, regionIds, m.wholeProvince, formatters(locale).list);
  const regionNames = useCallback(
    (ids: readonly string[]) => scopeLabel(index, ids, m.wholeProvince, formatters(locale).list),
    [index, m.wholeProvince, locale],
  );
  const slide = useSlide();
  useWarmYears(index);
  const { setSlide } = useViewActions();

  const sectionProps: SectionProps = useMemo(() => ({ index, regionIds, year, scopeLabel: label }), [index, regionIds, year, label]);
  // The figures follow a filter change at once; charts and tables follow in the background, so typing and
  // clicking stay responsive on national-scale documents.
  const deferredProps = useDeferredValue(sectionProps);

  if (slide !== null)
    return <Presentation overview={overview} meta={index.doc.meta} scopeLabel={label} regionNames={regionNames} slide={slide} />;

  return (
    <>
      <div className="toolbar">
        <FilterBar index={index} year={year} selected={regionIds} />
        <button type="button" className="button present-button" onClick={() => setSlide(1)}>
          ▶ {m.present.start}
        </button>
      </div>
      <div className="summary" role="status" aria-live="polite">
        <p className="summary__headline" data-testid="headline">
          {describeHeadline(overview, locale)}
        </p>
        <p className="summary__counts">{describeSummary(overview, locale, label)}</p>
        {yearMoved && requestedYear !== null && (
          <p className="summary__note" data-testid="year-moved">
            {m.yearMoved({ requested: requestedYear, year })}
          </p>
        )}
      </div>
      <TargetOverview overview={overview} scopeLabel={label} regionNames={regionNames} />
      <Sections props={deferredProps} loading={m.sectionLoading} failed={m.sectionFailed} retry={m.retry} />
    </>
  );
}

/** The lazy sections; memoised so that they re-render only when the (deferred) view they show changes. */
const Sections = memo(function Sections({
  props,
  loading,
  failed,
  retry,
}: {
  props: SectionProps;
  loading: string;
  failed: string;
  retry: string;
}) {
  const view = `${props.regionIds.join(',')}|${props.year}`;
  return SECTIONS.map(({ id, section, minHeight }) => (
    <div key={id} id={`section-${id}`} data-view={view}>
      <SectionBoundary loading={loading} failed={failed} retry={retry} minHeight={minHeight} onRetry={section.reload}>
        <section.Component {...props} />
      </SectionBoundary>
    </div>
  ));
});
