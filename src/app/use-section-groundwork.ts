// The sections of a large document wait, as "loading", until their groundwork (domain/section-groundwork.ts) is
// done in short steps; then they draw from what it kept. Once per document: later views compute what they
// need themselves, without taking the sections off screen.
import { useEffect, useState } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { recordCount } from '../domain/first-view';
import type { Compare } from '../domain/per-document';
import { runSteps } from '../ui/run-steps';
import { STEPS_FROM_RECORDS } from './use-prepared';

export function useSectionGroundwork(index: DocumentIndex, year: number, compare: Compare): boolean {
  const small = recordCount(index.doc) < STEPS_FROM_RECORDS;
  const [readyFor, setReadyFor] = useState<DocumentIndex>();
  const ready = small || readyFor === index;
  useEffect(() => {
    if (ready) return undefined;
    const controller = new AbortController();
    // With the sections' code, which loads meanwhile.
    import('../domain/section-groundwork')
      .then(({ sectionGroundworkSteps }) => runSteps(sectionGroundworkSteps(index, year, compare), { signal: controller.signal }))
      .then(
      () => setReadyFor(index),
      // A newer document, the page closed; or the sections' code failed to load, which the sections then say.
      () => {
        if (!controller.signal.aborted) setReadyFor(index);
      },
    );
    return () => controller.abort();
  }, [index, year, compare, ready]);
  return ready;
}
