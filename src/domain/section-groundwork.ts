// What the sections compute first on mounting, done beforehand in steps: on a national document each of these
// took one piece of 50–230 ms at 4× CPU (the products and communes sorted by name, the table rows built, the OCOP
// province figures), which then held the page while the sections drew. Results stay in the per-document caches
// the sections read.
import { communeRows } from './commune-table';
import type { DocumentIndex } from './document-index';
import { nameOrderSteps } from './ntm/name-order';
import { ocopYearRows, ocopYears } from './ocop/by-year';
import { ocopMix } from './ocop/mix';
import type { Compare } from './per-document';
import { productOrderSteps, productRows } from './product-table';
import type { Steps } from './steps';

export function* sectionGroundworkSteps(index: DocumentIndex, year: number, compare: Compare): Steps<void> {
  yield* productOrderSteps(index, compare);
  yield* nameOrderSteps(index, compare);
  // The OCOP section's province figures over the years and its product mix: a pass over every product each.
  ocopYearRows(index, null, ocopYears(index, year));
  yield;
  ocopMix(index, null, year);
  yield;
  // Each region's rows are kept per region: a region a step.
  for (const id of index.regionIds) {
    productRows(index, [id]);
    communeRows(index, [id], year);
    yield;
  }
}
