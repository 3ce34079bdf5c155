// The bench's Node part: parse, validation, indexing and the overview on the national-scale document, on this
// machine's CPU (not slowed).
import { performance } from 'node:perf_hooks';
import { validateDocument } from '../../src/data/document-problems';
import { indexDocument } from '../../src/domain/document-index';
import { buildOverview } from '../../src/domain/overview';

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export const ms = (x: number) => `${x.toFixed(1)} ms`;

function time<T>(runs: number, fn: () => T): { median: number; max: number } {
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return { median: median(xs), max: Math.max(...xs) };
}

/** Prints the timings of the document's text (`text`, the JSON of a valid document). */
export function benchInNode(text: string): void {
  console.log('\n== Node (this machine, not slowed)');
  console.log(`JSON.parse + validate: ${ms(time(3, () => validateDocument(JSON.parse(text))).median)}`);
  const parsed = validateDocument(JSON.parse(text));
  if (!parsed.ok) throw new Error('national document invalid');
  console.log(`index: ${ms(time(1, () => indexDocument(parsed.document)).median)} (once per document)`);
  const index = indexDocument(parsed.document);
  const ids = index.regionIds;
  for (const [label, regionIds] of [
    ['whole', null],
    ['1 region', [ids[5]!]],
    ['2 regions', [ids[5]!, ids[400]!]],
  ] as const) {
    // Cold: a fresh index each run, so no cached metric helps (a first visit to this view).
    const cold: number[] = [];
    for (let i = 0; i < 7; i++) {
      const fresh = indexDocument({ ...parsed.document });
      const t = performance.now();
      buildOverview(fresh, { regionIds, year: 2025 });
      cold.push(performance.now() - t);
    }
    const warm = time(20, () => buildOverview(index, { regionIds, year: 2025 }));
    console.log(`overview (${label}): cold median ${ms(median(cold))}, warm median ${ms(warm.median)}`);
  }
}
