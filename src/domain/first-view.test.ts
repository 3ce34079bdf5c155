import { describe, expect, it } from 'vitest';
import { countPauses } from '../../mocks/fixtures/count-pauses';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { indexDocument, indexDocumentSteps, RECORDS_PER_STEP } from './document-index';
import { firstViewSteps, recordCount } from './first-view';
import { buildOverview } from './overview';
import { targetTrends } from './target-glance';

const SIZE = { regions: 40, communesPerRegion: 12, products: 3000, subjects: 1500, villages: 700 };

describe('first view in steps', () => {
  it('counts the records of every list', () => {
    const doc = buildNationalDocument(SIZE);
    expect(recordCount(doc)).toBe(
      doc.ocop.products.length + doc.ocop.subjects.length + doc.ntm.communes.length + doc.craftVillages.length + doc.communes.length,
    );
    expect(recordCount(doc)).toBeGreaterThan(5000);
  });

  it('the index built in steps equals the one built at once, pausing at least once per 1,000 records of each list', () => {
    const stepped = countPauses(indexDocumentSteps(buildNationalDocument(SIZE)));
    const direct = { value: indexDocument(buildNationalDocument(SIZE)) };
    expect(stepped.value.productsByRegion).toEqual(direct.value.productsByRegion);
    expect(stepped.value.ntmByRegion).toEqual(direct.value.ntmByRegion);
    expect(stepped.value.villagesByRegion).toEqual(direct.value.villagesByRegion);
    // products 3,000 → 2 pauses, subjects 1,500 → 1, NTM 480 → 0, villages 700 → 0: at least 3 inside the lists.
    expect(RECORDS_PER_STEP).toBe(1000);
    expect(stepped.pauses).toBeGreaterThanOrEqual(3);
  });

  it('gives the same overview and trends as computing them at once, for the province and for one district', () => {
    for (const regionIds of [[], ['105']]) {
      const doc = buildNationalDocument(SIZE);
      const { value: index, pauses } = countPauses(firstViewSteps(doc, { regionIds, year: null }));
      expect(pauses).toBeGreaterThan(3);
      const fresh = buildNationalDocument(SIZE); // another object: nothing cached from the steps
      const { value: freshIndex } = countPauses(indexDocumentSteps(fresh));
      const scope = { regionIds, year: 2025 };
      const a = buildOverview(index, scope);
      const b = buildOverview(freshIndex, scope);
      expect(a.year).toBe(b.year);
      const evals = (o: typeof a) =>
        o.groups.flatMap((g) => g.rows.map((r) => [r.evaluation.target.id, r.evaluation.status, r.evaluation.result]));
      expect(evals(a)).toEqual(evals(b));
      expect(evals(a).length).toBeGreaterThan(0);
      const trends = (o: typeof a, i: typeof index) => [
        ...targetTrends(
          i,
          o.groups.flatMap((g) => g.rows.map((r) => r.evaluation)),
          scope,
        ).entries(),
      ];
      expect(trends(a, index)).toEqual(trends(b, freshIndex));
    }
  });
});
