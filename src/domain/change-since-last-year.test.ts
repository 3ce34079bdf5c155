import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { advancedRow } from '../../mocks/fixtures/target-row';
import { changeSinceLastYear, shownResult } from './change-since-last-year';
import { indexDocument } from './document-index';
import type { TargetRow } from './overview';

const index = indexDocument(buildSmallDocument());
// 2 advanced communes by 30/06/2025 in the small document (hand-counted in its fixture).
const row = (patch: Partial<TargetRow>) => advancedRow(index, patch);
const count = (value: number) => ({ kind: 'value', value, unit: 'count' }) as const;

describe('the change since last year', () => {
  it('is the current figure less last year’s: 2 − 1 = +1, 2 − 5 = −3', () => {
    expect(shownResult(row({}).evaluation)).toMatchObject({ kind: 'value', value: 2 });
    expect(changeSinceLastYear(row({ previous: count(1) }))).toEqual({ kind: 'delta', delta: 1, previous: 1, unit: 'count' });
    expect(changeSinceLastYear(row({ previous: count(5), previousBasis: 'same-date' }))).toEqual({
      kind: 'delta',
      delta: -3,
      previous: 5,
      unit: 'count',
    });
  });

  it('is none when the figures are equal, even after rounding noise', () => {
    expect(changeSinceLastYear(row({ previous: count(2) }))).toEqual({ kind: 'none' });
    expect(changeSinceLastYear(row({ previous: count(2 + 1e-12) }))).toEqual({ kind: 'none' });
  });

  it('computes no difference against a whole year when this one is not over', () => {
    expect(changeSinceLastYear(row({ previous: count(4), previousBasis: 'whole-year' }))).toEqual({ kind: 'whole-year', previous: 4 });
  });

  it('has nothing to say without both figures', () => {
    expect(changeSinceLastYear(row({ previous: { kind: 'no-data', reason: 'no-communes' } }))).toBeUndefined();
    expect(changeSinceLastYear(row({}))).toBeUndefined();
  });
});
