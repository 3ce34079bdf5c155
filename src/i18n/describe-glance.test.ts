import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import type { Target } from '../contract/targets';
import { indexDocument } from '../domain/document-index';
import { evaluateTarget } from '../domain/target-status';
import { describeBehind, glanceName } from './describe-glance';
import type { Locale } from './format';

const province = SMALL_TARGETS.find((t) => t.id === 'advanced')!;
/** Huyện An's own plan of the same kind as the province's: 3 advanced communes by 31/12/2025. */
const districtOwn: Target = { ...province, id: 'advanced-a', value: 3, regionIds: ['A'] };
const twoDistricts: Target = { ...districtOwn, id: 'advanced-ab', regionIds: ['A', 'B'] };
const index = indexDocument(buildSmallDocument({ targets: [...SMALL_TARGETS, districtOwn, twoDistricts] }));
const regionName = (id: string) => index.doc.regions.find((r) => r.id === id)?.name ?? id;

describe('a district’s own target in the list of every target', () => {
  it('names it with its districts, in both languages; the province’s plain', () => {
    const names = (targets: Target[], locale: Locale) => targets.map((t) => glanceName(t, locale, regionName));
    expect(names([province, districtOwn, twoDistricts], 'vi')).toEqual([
      'Xã NTM nâng cao',
      'Xã NTM nâng cao ở An',
      'Xã NTM nâng cao ở An và Bình',
    ]);
    expect(names([districtOwn, twoDistricts], 'en')).toEqual(['Advanced communes in An', 'Advanced communes in An and Bình']);
  });

  it('the headline names whose target is behind, so two targets of one kind are never confused', () => {
    const scope = { regionIds: null, year: 2025 };
    const evaluations = [province, districtOwn].map((t) => evaluateTarget(index, t, scope));
    const behind = describeBehind(evaluations, 'vi', regionName);
    // Both are behind on 30/06/2025; the district's is named with its district, the province's without.
    expect(evaluations.map((e) => e.status)).toEqual(['at-risk', 'at-risk']);
    expect(behind).toMatch(/^Có nguy cơ không đạt: xã NTM nâng cao \(\d+\/4\) và xã NTM nâng cao ở An \(\d+\/3\)\.$/);
  });
});
