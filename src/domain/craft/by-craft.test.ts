import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { CraftVillage } from '../../contract/craft';
import { indexDocument } from '../document-index';
import { villagesByCraft } from './by-craft';

/** The same collation as formatters('vi').compare (domain tests do not import i18n). */
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const index = indexDocument(buildSmallDocument());

// The small document's villages are listed in ./totals.test.ts.

describe('villagesByCraft', () => {
  it('counts recognised villages by craft (V3 is not recognised)', () => {
    // "chế" sorts before "chiếu" (e < i); both have one village
    expect(villagesByCraft(index, null, compare)).toEqual([
      { craft: 'chế biến thực phẩm', recognised: 1, traditional: 1, crafts: 1 },
      { craft: 'chiếu cói', recognised: 1, traditional: 0, crafts: 1 },
    ]);
    expect(villagesByCraft(index, ['C'], compare)).toEqual([]);
  });

  it('keeps the 12 largest crafts and sums the rest into one row; spelling variants are one craft', () => {
    const village = (i: number, craft: string): CraftVillage => ({
      id: `X${i}`,
      name: `Làng ${i}`,
      communeCode: 'a1',
      craft,
      recognised: true,
      traditional: i % 2 === 0,
      subjectIds: [],
    });
    // 14 crafts "nghề 01".."nghề 14", one village each, plus " Nghề 14 " (the same craft) → "nghề 14" has 2.
    const list = Array.from({ length: 14 }, (_, i) => village(i, `nghề ${String(i + 1).padStart(2, '0')}`));
    list.push(village(14, ' Nghề 14 '));
    const rows = villagesByCraft(indexDocument(buildSmallDocument({ craftVillages: list })), null, compare);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toEqual({ craft: 'nghề 14', recognised: 2, traditional: 1, crafts: 1 }); // X13 odd, X14 even
    expect(rows.slice(1, 12).map((r) => r.craft)).toEqual(Array.from({ length: 11 }, (_, i) => `nghề ${String(i + 1).padStart(2, '0')}`));
    // left out: nghề 12 (X11, odd) and nghề 13 (X12, even)
    expect(rows[12]).toEqual({ craft: null, recognised: 2, traditional: 1, crafts: 2 });
  });
});
