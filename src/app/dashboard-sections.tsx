// The dashboard's sections below the figures (map, districts, OCOP, NTM, craft villages): each loads its own code
// after the first figures, and one whose chunk failed to load (a dropped connection) imports it again on "Thử lại".
import { memo, type CSSProperties } from 'react';
import type { Exclusions } from '../data/document-problems';
import { excludedIn, SECTION_INPUTS } from '../domain/excluded-figures';
import { retriableLazy } from '../ui/retriable-lazy';
import { SectionBoundary } from '../ui/section-boundary';
import type { SectionProps } from '../ui/section-props';

const SECTIONS = [
  { id: 'map', section: retriableLazy(() => import('../ui/map/region-map')), minHeight: 640 },
  { id: 'districts', section: retriableLazy(() => import('../ui/districts/district-scorecard')), minHeight: 560 },
  { id: 'ocop', section: retriableLazy(() => import('../ui/ocop/ocop-section')), minHeight: 3400 },
  { id: 'ntm', section: retriableLazy(() => import('../ui/ntm/ntm-section')), minHeight: 1800 },
  { id: 'craft', section: retriableLazy(() => import('../ui/craft/craft-section')), minHeight: 1200 },
] as const;

/** The lazy sections; memoised so that they re-render only when the (deferred) view they show changes. */
export const Sections = memo(function Sections({
  props,
  ready,
  loading,
  failed,
  retry,
  exclusions,
  note,
}: {
  props: SectionProps;
  ready: boolean;
  loading: string;
  failed: string;
  retry: string;
  exclusions: Exclusions;
  note: (p: { count: number }) => string;
}) {
  const view = `${props.regionIds.join(',')}|${props.year}`;
  return SECTIONS.map(({ id, section, minHeight }) => (
    <div
      key={id}
      id={`section-${id}`}
      className="dashboard-section"
      data-view={view}
      style={{ '--section-height': `${minHeight}px` } as CSSProperties}
    >
      <SectionNote count={excludedIn(exclusions, SECTION_INPUTS[id] ?? [], props.regionIds)} note={note} />
      <SectionBoundary loading={loading} failed={failed} retry={retry} minHeight={minHeight} onRetry={section.reload} ready={ready}>
        <section.Component {...props} />
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
