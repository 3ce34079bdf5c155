// What the valid OCOP products are made of: their groups by stars, and their subjects by type and sales channel.
import { PRODUCT_GROUPS, SUBJECT_TYPES, type ProductGroup, type SubjectType } from '../../contract/values';
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { recognisedStarsAt } from '../ocop-rules';
import { memoised, scopeKey } from '../per-document';
import { shareOf } from '../percent';
import { addStars, emptyStars, type MutableStars, type StarCounts } from './stars';
import { subjectsById } from './subjects';

export interface GroupStars extends StarCounts {
  readonly group: ProductGroup;
}

export interface SubjectTypeRow {
  readonly type: SubjectType;
  /** OCOP subjects: with at least one product valid at the end of the year. */
  readonly subjects: number;
  readonly modern: number;
  readonly notModern: number;
  /** modern as a percent of subjects; null when the type has no OCOP subject. */
  readonly modernShare: number | null;
}

export interface OcopMix {
  /** The six groups in the contract's order, zeros included. */
  readonly groups: readonly GroupStars[];
  /** The four subject types in the contract's order, zeros included. */
  readonly subjectTypes: readonly SubjectTypeRow[];
  readonly subjects: number;
  readonly modern: number;
  /** The ocop.modern-channel-subject-share metric; null when no subject has a valid product. */
  readonly modernShare: number | null;
}

/**
 * Products valid at the end of `year` by group and stars, and OCOP subjects by type and modern channels, for the
 * regions. A subject counts in the selection when one of its products there is valid (as the metric does).
 */
export function ocopMix(index: DocumentIndex, regionIds: readonly string[] | null, year: number): OcopMix {
  return memoised(index, `ocop|mix|${year}|${scopeKey(index, regionIds)}`, () => {
    const groups = new Map<ProductGroup, MutableStars>(PRODUCT_GROUPS.map((g) => [g, emptyStars()]));
    const subjectIds = new Set<string>();
    for (const p of collect(index.productsByRegion, regionsInScope(index, regionIds))) {
      const stars = recognisedStarsAt(p, year);
      if (stars === 0) continue;
      const counts = groups.get(p.group);
      if (counts) addStars(counts, stars);
      subjectIds.add(p.subjectId);
    }
    const types = new Map<SubjectType, { subjects: number; modern: number }>(SUBJECT_TYPES.map((t) => [t, { subjects: 0, modern: 0 }]));
    const byId = subjectsById(index);
    let subjects = 0;
    let modern = 0;
    for (const id of subjectIds) {
      const s = byId.get(id);
      if (!s) continue;
      const row = types.get(s.type);
      subjects++;
      if (row) row.subjects++;
      if (s.modernChannels) {
        modern++;
        if (row) row.modern++;
      }
    }
    return {
      groups: PRODUCT_GROUPS.map((group) => ({ group, ...(groups.get(group) ?? emptyStars()) })),
      subjectTypes: SUBJECT_TYPES.map((type) => {
        const { subjects: n, modern: k } = types.get(type) ?? { subjects: 0, modern: 0 };
        return { type, subjects: n, modern: k, notModern: n - k, modernShare: shareOf(k, n) };
      }),
      subjects,
      modern,
      modernShare: shareOf(modern, subjects),
    };
  });
}
