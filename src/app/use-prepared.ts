// What the dashboard shows: a loaded document with its index, once the first view's figures are ready. A
// large document is indexed and its first figures computed in steps across many short tasks, so loading a
// national document never holds the page for long; meanwhile the previous document (if any) stays on screen.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDocument } from '../data/loaded-document';
import { indexDocument, type DocumentIndex } from '../domain/document-index';
import type { DashboardDocument } from '../contract/document';
import { firstViewSteps, recordCount, STEPS_FROM_RECORDS, type ViewRequest } from '../domain/first-view';
import { resolveYear } from '../domain/overview';
import type { Steps } from '../domain/steps';
import { formatters, warmFormatters, type Locale } from '../i18n/format';
import { prepareSections } from './use-section-groundwork';
import { useViewStore } from '../state/view-store';
import { runSteps } from '../ui/run-steps';

export interface Prepared {
  readonly loaded: LoadedDocument;
  readonly index: DocumentIndex;
}

/** The first view's figures, and the Intl objects its words need. */
function* firstScreenSteps(doc: DashboardDocument, request: ViewRequest, locale: Locale): Steps<DocumentIndex> {
  const index = yield* firstViewSteps(doc, request);
  yield* warmFormatters(locale);
  return index;
}

/** `preparing`: a document has arrived whose figures are being computed (the previous one, if any, is shown). */
export function usePrepared(loaded: LoadedDocument | undefined): { prepared: Prepared | undefined; preparing: boolean } {
  const stepwise = loaded !== undefined && recordCount(loaded.document) >= STEPS_FROM_RECORDS;
  const direct = useMemo(() => (loaded && !stepwise ? { loaded, index: indexDocument(loaded.document) } : undefined), [loaded, stepwise]);
  const [ready, setReady] = useState<Prepared>();
  // What is on screen while the next document is prepared (read by the effect, which runs for a new document only).
  const shown = useRef<Prepared>(undefined);
  useEffect(() => {
    shown.current = ready;
  }, [ready]);
  useEffect(() => {
    if (!loaded || !stepwise) return;
    const controller = new AbortController();
    const signal = controller.signal;
    // The view asked for when the document arrives (from the address); a later change computes its own figures.
    const { regionIds, year, locale } = useViewStore.getState();
    // A refresh replaces sections already on screen: their groundwork is done before the swap, not after it.
    const replacing = shown.current?.loaded.url === loaded.url;
    runSteps(firstScreenSteps(loaded.document, { regionIds, year }, locale), { signal })
      .then(async (index) => {
        if (replacing) await prepareSections(index, resolveYear(index, year).year, formatters(locale).compare, signal);
        return index;
      })
      .then(
        // As a transition: the first dashboard renders in slices, not one task (~100 ms at 4× CPU).
        (index) => startTransition(() => setReady({ loaded, index })),
        () => undefined, // aborted: a newer document replaced this one
      );
    return () => controller.abort();
  }, [loaded, stepwise]);
  if (direct || !loaded) return { prepared: direct, preparing: false };
  if (ready?.loaded === loaded) return { prepared: ready, preparing: false };
  // A refresh of the same source keeps the figures on screen until the new ones are ready (no blank frame);
  // another source's figures are never shown in the meantime.
  return { prepared: ready?.loaded.url === loaded.url ? ready : undefined, preparing: true };
}
