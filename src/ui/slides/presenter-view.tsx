// The presenter's window: the slide being projected and the next one, a clock, and talking points from the data,
// following the projected window and moving it with the same keys.
import { useEffect, useMemo, useState } from 'react';
import type { Meta } from '../../contract/meta';
import type { Overview } from '../../domain/overview';
import { describeEvaluation } from '../../i18n/describe-target';
import { describeHeadline } from '../../i18n/describe';
import { CATALOGUE } from '../../i18n/messages';
import { PRESENT_MESSAGES } from '../../i18n/messages-present';
import { useLocale, useViewStore } from '../../state/view-store';
import type { SectionProps } from '../section-props';
import { buildSlides, TITLE_SLIDE, type SlideSpec } from './slide-list';
import { SlideView } from './slide-view';
import { usePresenterChannel } from './presenter-channel';
import { useClicker } from './use-clicker';
import { stageStyle, useWindowSize } from './use-stage';

interface Props {
  readonly overview: Overview;
  readonly meta: Meta;
  readonly view: SectionProps;
  readonly regionNames: (ids: readonly string[]) => string;
}

export function PresenterView({ overview, meta, view, regionNames }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const p = PRESENT_MESSAGES[locale];
  const { deck, go } = usePresenterChannel();
  // The projected window's filters, language and slide become this window's own.
  useEffect(() => {
    if (deck) useViewStore.setState({ ...deck.view });
  }, [deck]);
  const slides = useMemo(() => buildSlides(overview, deck?.pages ?? {}), [overview, deck]);
  const count = slides.length;
  const current = Math.min(Math.max(deck?.view.slide ?? 1, 1), count);
  const to = (n: number) => go(Math.min(Math.max(n, 1), count));
  useClicker({ current, count, go: to, exit: () => undefined });
  const now = useClock();
  const [started] = useState(() => Date.now());
  const size = useWindowSize();
  const width = Number(size.split('x')[0]) || 1280;
  const spec = slides[current - 1] ?? TITLE_SLIDE;
  const next = slides[current];
  const stage = deck?.stage ?? { width: 1920, height: 960 };

  return (
    <section className="presenter" aria-labelledby="presenter-title" data-testid="presenter-view">
      <header className="presenter__bar">
        <h1 id="presenter-title">{p.presenterTitle}</h1>
        <p data-testid="presenter-slide">{p.slideOf({ n: current, count })}</p>
        <p>
          {p.clock} <time data-testid="presenter-clock">{new Date(now).toLocaleTimeString(locale === 'vi' ? 'vi-VN' : 'en-GB')}</time> ·{' '}
          {p.elapsed} {formatElapsed(now - started)}
        </p>
        <nav className="presenter__nav" aria-label={m.present.controls}>
          <button type="button" className="button" onClick={() => to(current - 1)} disabled={current === 1}>
            ← {p.previous}
          </button>
          <button type="button" className="button" onClick={() => to(current + 1)} disabled={current === count}>
            {p.next} →
          </button>
        </nav>
      </header>
      {!deck && <p role="status">{p.noProjector}</p>}
      <div className="presenter__main">
        <section aria-label={p.current} className="presenter__current">
          <h2>{p.current}</h2>
          <Preview spec={spec} width={width * 0.56} stage={stage} overview={overview} meta={meta} view={view} regionNames={regionNames} />
        </section>
        <section aria-label={p.upNext} className="presenter__next">
          <h2>{p.upNext}</h2>
          {next ? (
            <Preview spec={next} width={width * 0.34} stage={stage} overview={overview} meta={meta} view={view} regionNames={regionNames} />
          ) : (
            <p>{p.lastSlide}</p>
          )}
          <h2>{p.talkingPoints}</h2>
          <ul className="presenter__points" data-testid="talking-points">
            {talkingPoints(spec, overview, view.scopeLabel, locale).map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </section>
      </div>
    </section>
  );
}

/** A slide laid out at the projected size (in stage units) and scaled down to `width` px. */
function Preview({ spec, width, stage, ...rest }: { spec: SlideSpec; width: number; stage: DeckStage } & Omit<Props, never>) {
  const scale = width / stage.width;
  return (
    <div
      className="presenter__preview"
      style={{ width, height: stage.height * scale }}
      data-testid="presenter-preview"
      data-slide={spec.kind === 'chart' ? spec.chart : spec.kind}
    >
      <div
        className="slide-stage"
        style={{ ...stageStyle(1), width: stage.width, height: stage.height, transform: `scale(${scale})` }}
        inert
      >
        <SlideView spec={spec} {...rest} />
      </div>
    </div>
  );
}
type DeckStage = { readonly width: number; readonly height: number };

/** What to say on a slide: each target's one-sentence reason (those on the page, or the area's for its charts). */
export function talkingPoints(spec: SlideSpec, overview: Overview, scopeLabel: string, locale: 'vi' | 'en'): string[] {
  if (spec.kind === 'title' || spec.area === 'map') return [describeHeadline(overview, locale)];
  const group = overview.groups.find((g) => g.area === spec.area);
  const rows = spec.kind === 'targets' ? group?.rows.filter((r) => spec.targetIds.includes(r.evaluation.target.id)) : group?.rows;
  return (rows ?? []).map((r) => {
    const t = r.evaluation.target;
    return `${(locale === 'en' && t.label.en) || t.label.vi}: ${describeEvaluation(r.evaluation, locale, scopeLabel, overview.year)}`;
  });
}

function useClock(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
