// Splits each area's targets into slides by measuring them laid out at the slide's own size: long lists move to the next
// slide rather than shrinking below the type scale.
import { useLayoutEffect, useRef } from 'react';
import type { Overview } from '../../domain/overview';
import { CATALOGUE } from '../../i18n/messages';
import { PRESENT_MESSAGES } from '../../i18n/messages-present';
import { useLocale } from '../../state/view-store';
import { TargetCard } from '../target-card';
import type { TargetPages } from './slide-list';
import { TargetsHeading } from './slide-view';

export interface CardBox {
  readonly id: string;
  readonly top: number;
  readonly bottom: number;
}

/** Greedy pages over laid-out cards: a page breaks before the row that would pass `available` (a row never splits). */
export function paginate(cards: readonly CardBox[], available: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let pageTop = 0;
  for (const c of cards) {
    if (page.length > 0 && c.bottom - pageTop > available && c.top > pageTop) {
      pages.push(page);
      page = [];
      pageTop = c.top;
    }
    page.push(c.id);
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

interface Props {
  readonly overview: Overview;
  readonly scopeLabel: string;
  readonly regionNames: (ids: readonly string[]) => string;
  /** Changes when the slide's size changes, so the cards are measured again. */
  readonly layoutKey: string;
  readonly onPages: (pages: TargetPages) => void;
}

/** An invisible copy of every area's targets slide, all cards on it; measured before paint. */
export function TargetPagesMeasure({ overview, scopeLabel, regionNames, layoutKey, onPages }: Props) {
  const locale = useLocale();
  const m = CATALOGUE[locale];
  const p = PRESENT_MESSAGES[locale];
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const pages: TargetPages = {};
    root.current?.querySelectorAll<HTMLElement>('[data-measure-area]').forEach((slide) => {
      const grid = slide.querySelector<HTMLElement>('.slide__grid');
      if (!grid) return;
      const cards = [...grid.children].map((el) => {
        const box = el as HTMLElement;
        return {
          id: box.dataset.targetId ?? '',
          top: box.offsetTop - grid.offsetTop,
          bottom: box.offsetTop - grid.offsetTop + box.offsetHeight,
        };
      });
      // A little room to spare: a card's text may wrap one line longer once it sits on its own page.
      pages[slide.dataset.measureArea as keyof TargetPages] = paginate(cards, grid.clientHeight * 0.92);
    });
    onPages(pages);
  }, [overview, scopeLabel, regionNames, locale, layoutKey, onPages]);
  return (
    <div className="slide-measure" ref={root} aria-hidden="true" inert>
      {overview.groups.map((g) => (
        <div key={g.area} className="slide slide--targets" data-measure-area={g.area}>
          <TargetsHeading area={m.area[g.area]} page={1} pages={2} pageOf={p.pageOf} />
          <div className="slide__grid">
            {g.rows.map((r) => (
              <TargetCard key={r.evaluation.target.id} row={r} scopeLabel={scopeLabel} year={overview.year} regionNames={regionNames} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
