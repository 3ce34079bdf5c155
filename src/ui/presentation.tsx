// Presentation mode for meeting rooms: one slide at a time at projector scale, clicker keys, blanking, unattended
// playback, and a presenter window kept in step; the screen is kept awake.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Meta } from '../contract/meta';
import type { Overview } from '../domain/overview';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { PRESENT_MESSAGES } from '../i18n/messages-present';
import { useLocale, useMeasure, useMerge, useRegionIds, useSelectedYear, useViewActions } from '../state/view-store';
import type { SectionProps } from './section-props';
import { buildSlides, TITLE_SLIDE, type TargetPages } from './slides/slide-list';
import { SlideView } from './slides/slide-view';
import { TargetPagesMeasure } from './slides/target-pages';
import { readUnattended, useAutoplay } from './slides/use-autoplay';
import { toggleFullscreen, useClicker } from './slides/use-clicker';
import { useIdlePointer } from './slides/use-idle-pointer';
import { stageStyle, stageUnit, useWindowSize } from './slides/use-stage';
import { useDeckChannel } from './slides/presenter-channel';
import { useWakeLock } from './use-wake-lock';
import './slides/slides.css';

interface Props {
  overview: Overview;
  meta: Meta;
  scopeLabel: string;
  regionNames: (ids: readonly string[]) => string;
  slide: number;
  view: SectionProps;
  /** Warnings the page shows about the data (other source, old figures): the slides must not hide them. */
  flags?: ReactNode;
}

export function Presentation({ overview, meta, scopeLabel, regionNames, slide, view, flags }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const p = PRESENT_MESSAGES[locale];
  const f = formatters(locale);
  const { setSlide, setRegions } = useViewActions();
  const root = useRef<HTMLElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const size = useWindowSize();
  const unit = stageUnit(size);
  const [pages, setPages] = useState<TargetPages>({});
  const [stage, setStage] = useState({ width: 1920, height: 1080 });
  const slides = useMemo(() => buildSlides(overview, pages), [overview, pages]);
  const count = slides.length;
  const current = Math.min(Math.max(slide, 1), count);
  const spec = slides[current - 1] ?? TITLE_SLIDE;
  const go = useCallback((n: number) => setSlide(Math.min(Math.max(n, 1), count)), [setSlide, count]);
  const [unattended] = useState(() => readUnattended(window.location.search));
  const districts = useMemo(() => view.index.doc.regions.map((r) => r.id), [view.index]);
  const auto = useAutoplay({
    unattended,
    current,
    count,
    go,
    districts,
    shown: view.regionIds,
    setDistrict: (id) => setRegions([id]),
  });
  const openPresenter = useCallback(() => {
    const url = new URL(window.location.href);
    url.searchParams.set('presenter', '1');
    url.searchParams.delete('autoplay');
    url.searchParams.delete('playlist');
    window.open(url.toString(), 'presenter-view', 'popup,width=1280,height=800');
  }, []);
  const { blank, typed } = useClicker({ current, count, go, exit: () => setSlide(null), presenter: openPresenter, onKey: auto.pause });
  const idle = useIdlePointer(3000);
  useWakeLock(true);
  const regionIds = useRegionIds();
  const year = useSelectedYear();
  const measure = useMeasure();
  const merge = useMerge();
  useDeckChannel({ view: { regionIds, year, locale, slide: current, measure, merge }, pages, stage }, go);

  useLayoutEffect(() => {
    root.current?.focus();
  }, [current]);
  useLayoutEffect(() => {
    const el = body.current;
    if (el) setStage({ width: Math.round(el.clientWidth / unit), height: Math.round(el.clientHeight / unit) });
  }, [size, unit]);

  const classes = ['presentation', idle && 'presentation--idle', blank && 'presentation--blank'].filter(Boolean).join(' ');
  return (
    <section
      ref={root}
      className={classes}
      style={stageStyle(unit)}
      tabIndex={-1}
      aria-roledescription={m.present.deck}
      aria-label={`${m.present.slide} ${current}/${count}`}
      data-slide-key={spec.kind === 'title' ? 'title' : spec.kind}
    >
      <header className="presentation__bar">
        <p className="presentation__scope">
          {meta.province.name} · {m.asOf} {f.date(meta.asOf)} · {scopeLabel}, {overview.year}
          {meta.sample && <strong className="badge badge--sample"> {m.sampleBadge}</strong>}
        </p>
        {(unattended.seconds !== null || typed) && (
          <p className="presentation__status" aria-live="polite">
            {typed ? p.goTo({ n: typed }) : auto.running ? p.autoplay({ seconds: unattended.seconds ?? 0 }) : p.autoplayPaused}
          </p>
        )}
        {flags}
      </header>
      <div className="presentation__body" ref={body}>
        <SlideView spec={spec} overview={overview} meta={meta} view={view} regionNames={regionNames} />
        <TargetPagesMeasure overview={overview} scopeLabel={scopeLabel} regionNames={regionNames} layoutKey={size} onPages={setPages} />
      </div>
      <footer className="presentation__foot">
        <nav className="presentation__nav" aria-label={m.present.controls}>
          <button type="button" className="button" onClick={() => go(current - 1)} disabled={current === 1}>
            ← {p.previous}
          </button>
          <span aria-live="polite" data-testid="slide-number">
            {current}/{count}
          </span>
          <button type="button" className="button" onClick={() => go(current + 1)} disabled={current === count}>
            {p.next} →
          </button>
          <button type="button" className="button" onClick={() => void toggleFullscreen()}>
            {p.fullscreen}
          </button>
          <button type="button" className="button" onClick={openPresenter}>
            {p.presenter}
          </button>
          <button type="button" className="button" onClick={() => setSlide(null)}>
            {p.exit}
          </button>
        </nav>
      </footer>
      {blank && (
        <div className="presentation__blank" role="status" data-testid="blank">
          <span className="visually-hidden">{p.blanked}</span>
        </div>
      )}
    </section>
  );
}
