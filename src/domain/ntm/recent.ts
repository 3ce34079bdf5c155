// Which communes were recognised most recently, and at what level, for the recent-recognitions list.
import type { NtmCommune } from '../../contract/ntm';
import { regionsInScope, type DocumentIndex } from '../document-index';
import { namesOf } from '../names';
import { LEVEL_RANK } from '../ntm-rules';
import { compareId, memoised, scopeKey, type Compare } from '../per-document';
import { nameOrder } from './name-order';
import { timelineOf, type ReachedLevel } from './timeline';

export interface Recognition {
  readonly code: string;
  readonly name: string;
  readonly regionId: string;
  readonly regionName: string;
  /** The highest level the commune first reached that year. */
  readonly level: ReachedLevel;
  readonly year: number;
}

/**
 * The `limit` latest recognitions up to the end of `year` in the regions: newest first, then higher level, then
 * name. Linear in the records: a bounded insertion, names compared by their precomputed place (nameOrder).
 */
export function recentRecognitions(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  year: number,
  compare: Compare,
  limit = 10,
): readonly Recognition[] {
  const key = `ntm|recent|${year}|${limit}|${compareId(compare)}|${scopeKey(index, regionIds)}`;
  return memoised(index, key, () => {
    const { commune, region } = namesOf(index);
    const order = nameOrder(index, compare);
    type Candidate = { code: string; regionId: string; level: ReachedLevel; year: number; place: number };
    const before = (a: Candidate, b: Candidate) =>
      a.year !== b.year ? a.year > b.year : a.level !== b.level ? LEVEL_RANK[a.level] > LEVEL_RANK[b.level] : a.place < b.place;
    const top: Candidate[] = [];
    const offer = (c: NtmCommune, regionId: string, level: ReachedLevel, y: number) => {
      const last = top[top.length - 1];
      // Cheap rejection first: once the list is full, an older recognition cannot enter it.
      if (top.length === limit && last && y < last.year) return;
      const item = { code: c.communeCode, regionId, level, year: y, place: order.commune.get(c.communeCode) ?? Infinity };
      if (top.length === limit && last && !before(item, last)) return;
      let i = top.length;
      for (let prev = top[i - 1]; prev && before(item, prev); prev = top[i - 1]) i--;
      top.splice(i, 0, item);
      if (top.length > limit) top.pop();
    };
    for (const regionId of regionsInScope(index, regionIds)) {
      for (const c of index.ntmByRegion.get(regionId) ?? []) {
        // First years ascend with the level (reaching model means reaching advanced), so a year's highest level
        // is the last one first reached that year.
        const { ntm, advanced, model } = timelineOf(c).firstReached;
        if (model !== undefined && model <= year) offer(c, regionId, 'model', model);
        if (advanced !== undefined && advanced <= year && advanced !== model) offer(c, regionId, 'advanced', advanced);
        if (ntm !== undefined && ntm <= year && ntm !== advanced && ntm !== model) offer(c, regionId, 'ntm', ntm);
      }
    }
    return top.map((t) => ({
      code: t.code,
      name: commune.get(t.code) ?? t.code,
      regionId: t.regionId,
      regionName: region.get(t.regionId) ?? t.regionId,
      level: t.level,
      year: t.year,
    }));
  });
}
