import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../../mocks/fixtures/small-document';
import type { Target } from '../../contract/targets';
import { indexDocument } from '../document-index';
import { ocopTarget } from './goals';

// The small document's products and the stars they hold each year are listed in ./by-year.test.ts.
const index = indexDocument(buildSmallDocument());

describe('ocopTarget', () => {
  const target = (id: string, metric: string, deadline: string, unit: 'count' | 'percent' = 'percent'): Target => ({
    ...SMALL_TARGETS[0]!,
    id,
    metric,
    deadline,
    unit,
  });

  it('finds the fixture targets and nothing where the document has none', () => {
    expect(ocopTarget(index, 'ratedShare', 2025)?.id).toBe('rated');
    expect(ocopTarget(index, 'fiveStar', 2025)?.id).toBe('five');
    expect(ocopTarget(index, 'maintainedShare', 2025)).toBeUndefined();
    expect(ocopTarget(index, 'modernShare', 2025)).toBeUndefined();
  });

  it.each([
    // year, expected: the earliest deadline in or after the year, else the latest
    [2023, 't2024'],
    [2024, 't2024'],
    [2025, 't2025'],
    [2026, 't2025'],
  ])('picks the target for %i', (year, expected) => {
    const doc = buildSmallDocument({
      targets: [
        target('t2025', 'ocop.modern-channel-subject-share', '2025-12-31'),
        target('t2024', 'ocop.modern-channel-subject-share', '2024-12-31'),
        target('wrong-unit', 'ocop.modern-channel-subject-share', '2024-06-30', 'count'),
      ],
    });
    expect(ocopTarget(indexDocument(doc), 'modernShare', year)?.id).toBe(expected);
  });
});
