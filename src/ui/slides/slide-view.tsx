// One slide's content: the title with every status counted, a page of an area's targets, or a chart drawn large.
import { lazy, Suspense } from 'react';
import type { Meta } from '../../contract/meta';
import type { Overview } from '../../domain/overview';
import { TARGET_STATUSES } from '../../domain/target-status';
import { describeHeadline } from '../../i18n/describe';
import { CATALOGUE } from '../../i18n/messages';
import { PRESENT_MESSAGES } from '../../i18n/messages-present';
import { useLocale } from '../../state/view-store';
import type { SectionProps } from '../section-props';
import { StatusBadge } from '../status-badge';
import { TargetCard } from '../target-card';
import type { SlideSpec } from './slide-list';
import { metaText } from '../../i18n/meta-text';

// The charts are not part of the first paint's JavaScript: they load with the first chart slide.
const ChartSlide = lazy(() => import('./chart-slide'));

interface Props {
  readonly spec: SlideSpec;
  readonly overview: Overview;
  readonly meta: Meta;
  readonly view: SectionProps;
  /** Names for a target's own regions, as the cards write them. */
  readonly regionNames: (ids: readonly string[]) => string;
}

export function SlideView({ spec, overview, meta, view, regionNames }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const p = PRESENT_MESSAGES[locale];
  if (spec.kind === 'title')
    return (
      <div className="slide slide--title" data-slide="title">
        <h2 lang={metaText(meta, locale).title.lang}>{metaText(meta, locale).title.text}</h2>
        <p className="slide__headline">{describeHeadline(overview, locale)}</p>
        <ul className="slide__tally">
          {TARGET_STATUSES.map((s) => (
            <li key={s}>
              <span className="slide__count">{overview.tally.byStatus[s]}</span>
              <StatusBadge status={s} />
            </li>
          ))}
        </ul>
        <p className="slide__hint">{p.hint}</p>
      </div>
    );
  if (spec.kind === 'targets') {
    const rows = overview.groups.find((g) => g.area === spec.area)?.rows.filter((r) => spec.targetIds.includes(r.evaluation.target.id));
    return (
      <div className="slide slide--targets" data-slide={`${spec.area}-targets`}>
        <TargetsHeading area={m.area[spec.area]} page={spec.page} pages={spec.pages} pageOf={p.pageOf} />
        <div className="slide__grid">
          {rows?.map((r) => (
            <TargetCard key={r.evaluation.target.id} row={r} scopeLabel={view.scopeLabel} year={overview.year} regionNames={regionNames} />
          ))}
        </div>
      </div>
    );
  }
  return (
    <div className="slide slide--chart" data-slide={spec.chart}>
      <p className="slide__kicker">{spec.area === 'map' ? view.scopeLabel : `${m.area[spec.area]} · ${view.scopeLabel}`}</p>
      <div className="slide__chart">
        <Suspense fallback={<p>{p.loadingChart}</p>}>
          <ChartSlide chart={spec.chart} {...view} />
        </Suspense>
      </div>
    </div>
  );
}

export function TargetsHeading({
  area,
  page,
  pages,
  pageOf,
}: {
  area: string;
  page: number;
  pages: number;
  pageOf: (p: { page: number; pages: number }) => string;
}) {
  return (
    <h2>
      {area}
      {pages > 1 && <span className="slide__page"> {pageOf({ page, pages })}</span>}
    </h2>
  );
}
