// Measures a projected slide as the audience sees it: the smallest text (CSS zoom and SVG scaling included), key
// figures, goal lines, and anything cut off or scrolling.
import type { Page } from '@playwright/test';

export interface SlideMetrics {
  readonly slide: string;
  /** The smallest rendered text, in px, and where it is. */
  readonly minText: number;
  readonly minTextAt: string;
  /** Rendered size of the largest key figure (target value or status count), 0 when the slide has none. */
  readonly keyFigure: number;
  /** Thinnest goal line, goal band edge or data line, in px; Infinity when the slide has none. */
  readonly thinnestLine: number;
  /** Texts drawn outside the slide area or the window, and boxes that scroll. */
  readonly problems: readonly string[];
}

export function measureSlide(page: Page): Promise<SlideMetrics> {
  return page.evaluate(() => {
    const deck = document.querySelector<HTMLElement>('section.presentation');
    if (!deck) throw new Error('no slides');
    const body = deck.querySelector<HTMLElement>('.presentation__body');
    const bodyBox = body?.getBoundingClientRect();
    const problems: string[] = [];
    const rendered = (el: Element) => {
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof SVGGraphicsElement) return size * Math.abs(el.getScreenCTM()?.d ?? 1);
      return size * ((el as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    };
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').split(' ')[0]} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    let minText = Infinity;
    let minTextAt = '';
    let keyFigure = 0;
    const walker = document.createTreeWalker(deck, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('.slide-measure, .visually-hidden, title, style')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('[hidden]') || el.checkVisibility?.() === false) continue;
      const size = rendered(el);
      if (size < minText) {
        minText = size;
        minTextAt = describe(el);
      }
      if (el.closest('.target-card__value, .slide__count')) keyFigure = Math.max(keyFigure, size);
      const slack = 1;
      if (box.left < -slack || box.top < -slack || box.right > innerWidth + slack || box.bottom > innerHeight + slack)
        problems.push(`outside the window: ${describe(el)}`);
      else if (
        bodyBox &&
        body?.contains(el) &&
        (box.top < bodyBox.top - slack ||
          box.bottom > bodyBox.bottom + slack ||
          box.left < bodyBox.left - slack ||
          box.right > bodyBox.right + slack)
      )
        problems.push(`outside the slide: ${describe(el)}`);
    }
    // Zoomed charts round to whole pixels at each level: allow that much (texts are checked one by one above).
    const rounding = Math.max(1, Math.ceil((Math.min(innerWidth, innerHeight) / 1080) * 1.5));
    for (const el of [deck, body, ...deck.querySelectorAll('.slide, .slide__grid, .slide__chart, .chart-figure')]) {
      if (!(el instanceof HTMLElement) || el.closest('.slide-measure')) continue;
      if (el.scrollHeight > el.clientHeight + rounding || el.scrollWidth > el.clientWidth + rounding)
        problems.push(
          `content beyond its box: ${describe(el)} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
        );
    }
    const page = document.scrollingElement;
    if (page && (page.scrollHeight > innerHeight + 1 || page.scrollWidth > innerWidth + 1)) problems.push('the page scrolls');
    let thinnestLine = Infinity;
    for (const line of deck.querySelectorAll<SVGGraphicsElement>(
      '.recharts-reference-line line, .recharts-reference-area rect, .recharts-line-curve',
    )) {
      const width = parseFloat(getComputedStyle(line).strokeWidth) * Math.abs(line.getScreenCTM()?.d ?? 1);
      thinnestLine = Math.min(thinnestLine, width);
    }
    const slide = deck.querySelector('[data-slide]')?.getAttribute('data-slide') ?? '?';
    return { slide, minText, minTextAt, keyFigure, thinnestLine, problems };
  });
}
