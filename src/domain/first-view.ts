// What the first screen of a view needs (the index, every target's figures and their trends), computed in
// steps: a national document then loads without holding the page for long, and the view finds its figures
// in the per-document caches.
import type { DashboardDocument } from '../contract/document';
import { indexDocumentSteps, regionsInScope, type DocumentIndex } from './document-index';
import { overviewSteps, resolveYear } from './overview';
import type { Steps } from './steps';
import { targetTrendsSteps } from './target-glance';

export interface ViewRequest {
  /** Empty: the whole province. */
  readonly regionIds: readonly string[];
  /** null: the as-of year. */
  readonly year: number | null;
}

export function* firstViewSteps(doc: DashboardDocument, request: ViewRequest): Steps<DocumentIndex> {
  const index = yield* indexDocumentSteps(doc);
  const { year } = resolveYear(index, request.year);
  const regionIds = request.regionIds.length === 0 ? [] : regionsInScope(index, request.regionIds);
  const overview = yield* overviewSteps(index, { regionIds, year });
  const evaluations = overview.groups.flatMap((g) => g.rows.map((r) => r.evaluation));
  yield* targetTrendsSteps(index, evaluations, { regionIds, year });
  return index;
}

/** From this many records on, a document is prepared in steps (below, all of it takes a few ms). */
export const STEPS_FROM_RECORDS = 5000;

/** Records in a document: below a few thousand, the whole first view takes a few ms and needs no steps. */
export function recordCount(doc: DashboardDocument): number {
  return doc.ocop.products.length + doc.ocop.subjects.length + doc.ntm.communes.length + doc.craftVillages.length + doc.communes.length;
}
