// Property tests over generated documents: the checks never throw, keep valid documents as they are, and
// leaving records out never changes an unmarked figure; aggregates ignore record order and add up by region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { faults, validDocument, withFaults } from '../../mocks/fixtures/arbitrary-document';
import { DocumentError } from '../../src/data/document-error';
import { validateDocument } from '../../src/data/document-problems';
import { parseDocument } from '../../src/data/parse-document';
import type { DashboardDocument } from '../../src/contract/document';
import { indexDocument } from '../../src/domain/document-index';
import { excludedIn, METRIC_INPUTS } from '../../src/domain/excluded-figures';
import { computeMetric, METRICS, type MetricResult } from '../../src/domain/metrics';
import { mulberry32 } from '../../scripts/sample-data/prng';

const RUNS = { numRuns: 1000 };
const YEARS = [2020, 2022, 2024, 2025];
const scopes = (doc: DashboardDocument): (string[] | null)[] => [null, ...doc.regions.map((r) => [r.id])];

/** Every metric, for every year and scope (whole province, each region), keyed "metric|year|scope". */
function figures(
  doc: DashboardDocument,
  only?: (metric: string, regionIds: string[] | null) => boolean,
): Map<string, MetricResult | undefined> {
  const index = indexDocument(doc);
  const out = new Map<string, MetricResult | undefined>();
  for (const metric of METRICS.keys()) {
    for (const regionIds of scopes(doc)) {
      if (only && !only(metric, regionIds)) continue;
      for (const year of YEARS) out.set(`${metric}|${year}|${regionIds ?? '*'}`, computeMetric(index, metric, { regionIds, year }));
    }
  }
  return out;
}

/** Sets `value` somewhere in `root`, walking keys chosen by the numbers in `steps`. */
function plant(root: unknown, steps: readonly number[], value: unknown): void {
  let cur = root as Record<string, unknown>;
  for (let i = 0; i < steps.length; i++) {
    const keys = Object.keys(cur);
    if (keys.length === 0) return;
    const key = keys[steps[i]! % keys.length]!;
    const next = cur[key];
    if (i === steps.length - 1 || next === null || typeof next !== 'object') {
      cur[key] = value;
      return;
    }
    cur = next as Record<string, unknown>;
  }
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const r = mulberry32(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('document checks, for any input', () => {
  it('never throw anything but a DocumentError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        try {
          parseDocument('x.json', text);
        } catch (e) {
          if (!(e instanceof DocumentError)) throw e;
        }
      }),
      RUNS,
    );
  });

  it('never throw on a valid document with arbitrary values planted in it, and keep only clean records', () => {
    const plants = fc.array(fc.record({ steps: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: fc.jsonValue() }), {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(validDocument, plants, (doc, list) => {
        const copy = JSON.parse(JSON.stringify(doc)) as unknown;
        for (const p of list) plant(copy, p.steps, p.value);
        let kept: DashboardDocument | undefined;
        try {
          kept = parseDocument('x.json', JSON.stringify(copy)).document;
        } catch (e) {
          if (!(e instanceof DocumentError)) throw e;
        }
        // What is kept passes the checks again, untouched.
        if (kept) {
          const again = validateDocument(JSON.parse(JSON.stringify(kept)));
          expect(again.ok && again.exclusions.total === 0 && again.warningTotal >= 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('pass a valid document unchanged, leaving nothing out', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const r = validateDocument(JSON.parse(JSON.stringify(doc)));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.total).toBe(0);
        expect(r.exclusions.total).toBe(0);
        expect(r.document).toEqual(doc);
      }),
      RUNS,
    );
  });
});

describe('figures', () => {
  it('that no left-out record touches are the same as with those records correct', () => {
    fc.assert(
      fc.property(validDocument, faults, (doc, list) => {
        const r = validateDocument(withFaults(doc, list));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const unmarked = (metric: string, regionIds: string[] | null) => excludedIn(r.exclusions, METRIC_INPUTS[metric]!, regionIds) === 0;
        const after = figures(r.document, unmarked);
        const before = figures(doc, unmarked);
        expect(after).toEqual(before);
      }),
      RUNS,
    );
  });

  it('do not depend on the order of the records', () => {
    fc.assert(
      fc.property(validDocument, fc.integer(), (doc, seed) => {
        const reordered: DashboardDocument = {
          ...doc,
          regions: shuffled(doc.regions, seed),
          communes: shuffled(doc.communes, seed + 1),
          ocop: { subjects: shuffled(doc.ocop.subjects, seed + 2), products: shuffled(doc.ocop.products, seed + 3) },
          ntm: { ...doc.ntm, communes: shuffled(doc.ntm.communes, seed + 4) },
          craftVillages: shuffled(doc.craftVillages, seed + 5),
        };
        expect(figures(reordered)).toEqual(figures(doc));
      }),
      RUNS,
    );
  });

  it('of the regions add up to the province total', () => {
    fc.assert(
      fc.property(validDocument, (doc) => {
        const index = indexDocument(doc);
        for (const metric of METRICS.keys()) {
          for (const year of YEARS) {
            // A count adds up; a share adds up in its counted part and its whole.
            const parts = (r: MetricResult | undefined): [number, number] =>
              r?.kind === 'value' ? (r.unit === 'count' ? [r.value, 0] : [r.numerator ?? 0, r.denominator ?? 0]) : [0, 0];
            const whole = parts(computeMetric(index, metric, { regionIds: null, year }));
            let part = 0;
            let of = 0;
            for (const region of doc.regions) {
              const [a, b] = parts(computeMetric(index, metric, { regionIds: [region.id], year }));
              part += a;
              of += b;
            }
            expect([metric, year, part, of]).toEqual([metric, year, ...whole]);
          }
        }
      }),
      RUNS,
    );
  });
});
