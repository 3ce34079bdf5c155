import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { ageMustShow } from './data-age';
import type { LoadedDocument } from './loaded-document';

const at = Date.UTC(2026, 11, 5, 7, 5);
const loaded = (over: Partial<LoadedDocument> = {}): LoadedDocument => ({
  document: buildSmallDocument(),
  report: { problems: [], total: 0, exclusions: { total: 0, blocks: {} }, warnings: [], warningTotal: 0 },
  url: 'x',
  fetchedAt: at,
  ...over,
});
const min = 60_000;

describe('ageMustShow', () => {
  it('always for a kept copy', () => {
    expect(ageMustShow(loaded({ stale: true }), at + 1, undefined, false)).toBe(true);
  });
  it('never for fresh data when the page does not refresh by itself', () => {
    expect(ageMustShow(loaded(), at + 1000 * min, undefined, false)).toBe(false);
  });
  it.each([
    [14, false, false],
    [15, false, false],
    [16, false, true],
    [16, true, false], // a refresh is under way: not yet news
    [600, false, true],
  ])('refresh every 15 min, data %i min old, refreshing %s → %s', (age, refreshing, expected) => {
    expect(ageMustShow(loaded(), at + age * min, 15 * min, refreshing)).toBe(expected);
  });
});
