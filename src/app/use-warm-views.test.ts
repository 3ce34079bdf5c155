import { describe, expect, it, vi } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { indexDocument } from '../domain/document-index';
import { METRICS } from '../domain/metrics';
import { buildOverview } from '../domain/overview';
import { finish } from '../domain/steps';
import { targetTrends } from '../domain/target-glance';
import { likelyViews } from './use-warm-views';

const size = { regions: 12, communesPerRegion: 3, products: 400, subjects: 200, villages: 40 };

/** Counts the metric computations `run` causes (each registered metric's `compute`). */
function computations(run: () => void): number {
  const spies = [...METRICS.values()].map((d) => vi.spyOn(d, 'compute'));
  try {
    run();
    return spies.reduce((n, s) => n + s.mock.calls.length, 0);
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('likelyViews (computed in idle time after the first paint)', () => {
  it('leaves a click on any one district, or on another year, nothing to compute', () => {
    const index = indexDocument(buildNationalDocument(size, 7));
    const year = index.asOfYear;
    const cold = computations(() => finish(likelyViews(index, year)));
    expect(cold).toBeGreaterThan(0);
    for (const id of index.regionIds) {
      const scope = { regionIds: [id], year };
      const n = computations(() => {
        const o = buildOverview(index, scope);
        targetTrends(
          index,
          o.groups.flatMap((g) => g.rows.map((r) => r.evaluation)),
          scope,
        );
      });
      expect(n, `district ${id}`).toBe(0);
    }
    for (const y of index.years)
      expect(
        computations(() => buildOverview(index, { regionIds: null, year: y })),
        `year ${y}`,
      ).toBe(0);
  });

  it('gives the same figures as computing the view on demand', () => {
    const warmed = indexDocument(buildNationalDocument(size, 7));
    finish(likelyViews(warmed, warmed.asOfYear));
    const fresh = indexDocument(buildNationalDocument(size, 7));
    const id = fresh.regionIds[3] ?? '';
    const view = (index: typeof fresh) => buildOverview(index, { regionIds: [id], year: index.asOfYear });
    expect(JSON.stringify(view(warmed))).toBe(JSON.stringify(view(fresh)));
  });
});
