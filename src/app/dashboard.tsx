// The dashboard for a loaded document: filters, the one-line summary and the targets, for the current view.
import { lazy, memo, useDeferredValue, useMemo } from 'react';
import type { Exclusions } from '../data/document-problems';
import type { DocumentIndex } from '../domain/document-index';
import { excludedIn, figureMarks, SECTION_INPUTS } from '../domain/excluded-figures';
import { regionsInScope } from '../domain/document-index';
import { buildOverview, effectiveYear } from '../domain/overview';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { describeHeadline, describeSummary } from '../i18n/describe';
import { DATA_QUALITY_MESSAGES } from '../i18n/messages-data-quality';
import { useLocale, useRegionIds, useSelectedYear, useSlide, useViewActions } from '../state/view-store';
import { Presentation } from '../ui/presentation';
import { useWarmYears } from './use-warm-years';
import { FilterBar } from '../ui/filter-bar';
import { TargetOverview } from '../ui/target-overview';
import { SectionBoundary } from '../ui/section-boundary';
import type { SectionProps } from '../ui/section-props';

// Charts, tables and the map load after the figures: they are not part of the first paint's JavaScript.
const RegionMap = lazy(() => import('../ui/map/region-map'));
const OcopSection = lazy(() => import('../ui/ocop/ocop-section'));
const NtmSection = lazy(() => import('../ui/ntm/ntm-section'));
const CraftSection = lazy(() => import('../ui/craft/craft-section'));

const SECTIONS = [
  { id: 'map', Component: RegionMap, minHeight: 640 },
  { id: 'ocop', Component: OcopSection, minHeight: 3400 },
  { id: 'ntm', Component: NtmSection, minHeight: 1800 },
  { id: 'craft', Component: CraftSection, minHeight: 1200 },
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

export function Dashboard({ index, exclusions }: { index: DocumentIndex; exclusions: Exclusions }) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const requestedRegions = useRegionIds();
  const requestedYear = useSelectedYear();
  const year = effectiveYear(index, requestedYear);
  const regionIds = useMemo(
    () => (requestedRegions.length === 0 ? [] : regionsInScope(index, requestedRegions)),
    [index, requestedRegions],
  );
  const overview = useMemo(() => buildOverview(index, { regionIds, year }), [index, regionIds, year]);
  const marks = useMemo(() => figureMarks(exclusions, overview, regionIds), [exclusions, overview, regionIds]);
  const label = scopeLabel(index, regionIds, m.wholeProvince, formatters(locale).list);
  const slide = useSlide();
  useWarmYears(index);
  const { setSlide } = useViewActions();

  const sectionProps: SectionProps = useMemo(() => ({ index, regionIds, year, scopeLabel: label }), [index, regionIds, year, label]);
  // The figures follow a filter change at once; charts and tables follow in the background, so typing and
  // clicking stay responsive on national-scale documents.
  const deferredProps = useDeferredValue(sectionProps);

  if (slide !== null) return <Presentation overview={overview} meta={index.doc.meta} scopeLabel={label} slide={slide} />;

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
          {describeHeadline(overview, locale, marks.byArea)}
        </p>
        <p className="summary__counts">{describeSummary(overview.tally, locale, label, year)}</p>
        {marks.total > 0 && (
          <p className="excluded-note" data-testid="headline-excluded">
            {DATA_QUALITY_MESSAGES[locale].markNote({ count: marks.total })}
          </p>
        )}
      </div>
      <TargetOverview overview={overview} scopeLabel={label} marks={marks} />
      <Sections
        props={deferredProps}
        loading={m.sectionLoading}
        failed={m.sectionFailed}
        retry={m.retry}
        exclusions={exclusions}
        note={DATA_QUALITY_MESSAGES[locale].sectionNote}
      />
    </>
  );
}

/** The lazy sections; memoised so that they re-render only when the (deferred) view they show changes. */
const Sections = memo(function Sections({
  props,
  loading,
  failed,
  retry,
  exclusions,
  note,
}: {
  props: SectionProps;
  loading: string;
  failed: string;
  retry: string;
  exclusions: Exclusions;
  note: (p: { count: number }) => string;
}) {
  const view = `${props.regionIds.join(',')}|${props.year}`;
  return SECTIONS.map(({ id, Component, minHeight }) => (
    <div key={id} id={`section-${id}`} data-view={view}>
      <SectionNote count={excludedIn(exclusions, SECTION_INPUTS[id] ?? [], props.regionIds)} note={note} />
      <SectionBoundary loading={loading} failed={failed} retry={retry} minHeight={minHeight}>
        <Component {...props} />
      </SectionBoundary>
    </div>
  ));
});

function SectionNote({ count, note }: { count: number; note: (p: { count: number }) => string }) {
  if (count === 0) return null;
  return (
    <p className="excluded-note" data-testid="section-excluded">
      {note({ count })}
    </p>
  );
}
