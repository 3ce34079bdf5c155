// After the first paint, computes the province's figures for every year in idle time, in short steps, so a
// year change finds them ready.
import { useEffect } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { overviewSteps } from '../domain/overview';
import type { Steps } from '../domain/steps';
import { runSteps } from '../ui/run-steps';

function* everyYear(index: DocumentIndex): Steps<void> {
  // Results stay in the per-document metric cache.
  for (const year of [...index.years].reverse()) yield* overviewSteps(index, { regionIds: null, year });
}

/** Waits until the page is idle (or 2 s at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: 2000 });
    else window.setTimeout(resolve, 50);
  });
}

export function useWarmYears(index: DocumentIndex): void {
  useEffect(() => {
    const controller = new AbortController();
    runSteps(everyYear(index), { signal: controller.signal, pause: idle, sliceMs: 10 }).catch(() => undefined);
    return () => controller.abort();
  }, [index]);
}
