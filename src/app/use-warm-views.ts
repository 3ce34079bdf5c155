// After the first paint, computes in idle time, in short steps, what a click is likely to ask for next: the
// province's figures for every year (a year change), then each district's own figures and trends in the year on
// screen (a click on a district, in the picker, the map or the scorecard). Results stay in the per-document
// metric cache, so the click finds them ready and its figures are on screen in the next frame.
import { useEffect } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { overviewSteps } from '../domain/overview';
import type { Steps } from '../domain/steps';
import { targetTrendsSteps } from '../domain/target-glance';
import { runSteps } from '../ui/run-steps';

export function* likelyViews(index: DocumentIndex, year: number): Steps<void> {
  for (const y of [...index.years].reverse()) yield* overviewSteps(index, { regionIds: null, year: y });
  for (const id of index.regionIds) {
    const scope = { regionIds: [id], year };
    const overview = yield* overviewSteps(index, scope);
    yield* targetTrendsSteps(
      index,
      overview.groups.flatMap((g) => g.rows.map((r) => r.evaluation)),
      scope,
    );
  }
}

/** Waits until the page is idle (or 2 s at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else window.setTimeout(resolve, 50);
  });
}

/** Warms the likely views of `year`; a new document or year starts again (what is cached stays). */
export function useWarmViews(index: DocumentIndex, year: number): void {
  useEffect(() => {
    const controller = new AbortController();
    // Not in the task of the change that started it: that task is drawing the figures.
    idle()
      .then(() => runSteps(likelyViews(index, year), { signal: controller.signal, pause: idle, sliceMs: 10 }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [index, year]);
}
