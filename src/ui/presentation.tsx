// Presentation mode for meeting rooms: full screen, one slide at a time, large type, keyboard-driven, screen kept awake.
import { useEffect, useRef } from 'react';
import type { Meta } from '../data/schema';
import type { Overview } from '../domain/overview';
import { TARGET_STATUSES } from '../domain/target-status';
import { describeHeadline } from '../i18n/describe';
import { formatters } from '../i18n/format';
import { CATALOGUE } from '../i18n/messages';
import { useLocale, useViewActions } from '../state/view-store';
import { StatusBadge } from './status-badge';
import { TargetCard } from './target-card';
import { useWakeLock } from './use-wake-lock';

interface Props {
  overview: Overview;
  meta: Meta;
  scopeLabel: string;
  regionNames: (ids: readonly string[]) => string;
  slide: number;
}

export function Presentation({ overview, meta, scopeLabel, regionNames, slide }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const f = formatters(locale);
  const { setSlide } = useViewActions();
  const root = useRef<HTMLElement>(null);
  const count = 1 + overview.groups.length;
  const current = Math.min(Math.max(slide, 1), count);
  useWakeLock(true);

  useEffect(() => {
    root.current?.focus();
  }, [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const go = (n: number) => {
        e.preventDefault();
        setSlide(Math.min(Math.max(n, 1), count));
      };
      if (['ArrowRight', 'PageDown', ' '].includes(e.key)) go(current + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(current - 1);
      else if (e.key === 'Home') go(1);
      else if (e.key === 'End') go(count);
      else if (e.key === 'Escape' && !document.fullscreenElement) setSlide(null);
      else if (e.key === 'f' || e.key === 'F') void toggleFullscreen();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [current, count, setSlide]);

  const group = current > 1 ? overview.groups[current - 2] : undefined;
  return (
    <section
      ref={root}
      className="presentation"
      tabIndex={-1}
      aria-roledescription={m.present.deck}
      aria-label={`${m.present.slide} ${current}/${count}`}
    >
      <header className="presentation__bar">
        <span>
          {meta.province.name} · {m.asOf} {f.date(meta.asOf)} · {scopeLabel}, {overview.year}
          {meta.sample && <strong className="badge badge--sample"> {m.sampleBadge}</strong>}
        </span>
        <nav className="presentation__nav" aria-label={m.present.controls}>
          <button type="button" className="button" onClick={() => setSlide(current - 1)} disabled={current === 1}>
            ← {m.present.previous}
          </button>
          <span aria-live="polite">
            {current}/{count}
          </span>
          <button type="button" className="button" onClick={() => setSlide(current + 1)} disabled={current === count}>
            {m.present.next} →
          </button>
          <button type="button" className="button" onClick={() => void toggleFullscreen()}>
            {m.present.fullscreen}
          </button>
          <button type="button" className="button" onClick={() => setSlide(null)}>
            {m.present.exit}
          </button>
        </nav>
      </header>
      {group ? (
        <div className="presentation__slide">
          <h2>{m.area[group.area]}</h2>
          <div className="presentation__grid">
            {group.rows.map((r) => (
              <TargetCard key={r.evaluation.target.id} row={r} scopeLabel={scopeLabel} year={overview.year} regionNames={regionNames} />
            ))}
          </div>
        </div>
      ) : (
        <div className="presentation__slide presentation__title">
          <h2>{meta.title}</h2>
          <p className="presentation__headline">{describeHeadline(overview, locale)}</p>
          <ul className="presentation__tally">
            {TARGET_STATUSES.map((s) => (
              <li key={s}>
                <span className="presentation__count">{overview.tally.byStatus[s]}</span>
                <StatusBadge status={s} />
              </li>
            ))}
          </ul>
          <p className="presentation__hint">{m.present.hint}</p>
        </div>
      )}
    </section>
  );
}

async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Full screen refused (iframe, policy): the slides still fill the window.
  }
}
