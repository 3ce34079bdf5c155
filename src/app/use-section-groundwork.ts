// The sections of a large document wait, as "loading", until their groundwork (domain/section-groundwork.ts) is
// done in short steps; then they draw from what it kept. Once per document: later views compute what they need
// themselves, without taking the sections off screen. A refresh does it before the new document replaces the old.
import { useEffect, useReducer } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { recordCount, STEPS_FROM_RECORDS } from '../domain/first-view';
import type { Compare } from '../domain/per-document';
import { nextTask, runSteps } from '../ui/run-steps';

const done = new WeakSet<DocumentIndex>();

/** Does the groundwork of a document in steps, once; resolves when it is done (rejects once `signal` aborts). */
export async function prepareSections(index: DocumentIndex, year: number, compare: Compare, signal: AbortSignal): Promise<void> {
  if (done.has(index)) return;
  // With the sections' code, which loads meanwhile; its evaluation is a task of its own (~50 ms at 4× CPU).
  const { sectionGroundworkSteps } = await import('../domain/section-groundwork');
  await nextTask();
  // Short slices: a few of its steps are single passes over every product (up to ~70 ms at 4× CPU), and a slice
  // ends only between steps.
  await runSteps(sectionGroundworkSteps(index, year, compare), { signal, sliceMs: 10 });
  done.add(index);
}

export function useSectionGroundwork(index: DocumentIndex, year: number, compare: Compare): boolean {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ready = recordCount(index.doc) < STEPS_FROM_RECORDS || done.has(index);
  useEffect(() => {
    if (ready) return undefined;
    const controller = new AbortController();
    prepareSections(index, year, compare, controller.signal).then(rerender, () => {
      if (controller.signal.aborted) return; // a newer document, or the page closed
      // The sections' code failed to load: the sections draw, and their own loading says so.
      done.add(index);
      rerender();
    });
    return () => controller.abort();
  }, [index, year, compare, ready]);
  return ready;
}
