// Whether an element is on or near the screen, so that a chart far below or above it is not redrawn on every filter change.
import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/** How far outside the screen a chart is still drawn, so that it is ready before it scrolls in. */
const MARGIN = '400px 0px';

/**
 * Returns a ref for the element and whether it is near the viewport. Without IntersectionObserver (tests, old
 * browsers) everything counts as near. Printing draws everything.
 */
export function useNearViewport(): [(el: Element | null) => (() => void) | undefined, boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback((el: Element | null) => {
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (entry) setNear(entry.isIntersecting);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The printout must show every chart: draw them all before the page is laid out for paper (beforeprint when the
  // browser prints, the print media query when a tool renders the page as print).
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
    const start = () => flushSync(() => setPrinting(true));
    const end = () => setPrinting(media?.matches ?? false);
    const change = () => (media?.matches ? start() : end());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    media?.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
      media?.removeEventListener('change', change);
    };
  }, []);
  return [ref, near || printing];
}
