import { describe, expect, it } from 'vitest';
import { ntmRecord as ntm, withNtmRecords } from '../../../mocks/fixtures/ntm-records';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { recentRecognitions } from './recent';

// The small document's NTM records are listed in ./by-region.test.ts.
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;

describe('recentRecognitions (hand-checked)', () => {
  const show = (regions: readonly string[] | null, year: number, limit?: number) =>
    recentRecognitions(index, regions, year, compare, limit).map((r) => `${r.year} ${r.level} ${r.name} (${r.regionName})`);

  it.each([
    // Newest first, then the higher level, then the name in Vietnamese order (An < Đông < Vũ).
    [
      null,
      2025,
      undefined,
      [
        '2025 model Xã Đông Xá (Huyện An)',
        '2024 advanced Xã Vũ Lễ (Huyện An)',
        '2023 advanced Xã Đông Xá (Huyện An)',
        '2020 ntm Xã An Ninh (Huyện Bình)',
        '2020 ntm Xã Đông Xá (Huyện An)',
        '2020 ntm Xã Vũ Lễ (Huyện An)',
      ],
    ],
    [null, 2025, 2, ['2025 model Xã Đông Xá (Huyện An)', '2024 advanced Xã Vũ Lễ (Huyện An)']],
    // Up to the end of 2023 only.
    [
      null,
      2023,
      undefined,
      [
        '2023 advanced Xã Đông Xá (Huyện An)',
        '2020 ntm Xã An Ninh (Huyện Bình)',
        '2020 ntm Xã Đông Xá (Huyện An)',
        '2020 ntm Xã Vũ Lễ (Huyện An)',
      ],
    ],
    [['B'], 2025, undefined, ['2020 ntm Xã An Ninh (Huyện Bình)']],
    [['C'], 2025, undefined, []],
    [null, 2019, undefined, []],
  ] as const)('regions %j to %i, limit %s', (regions, year, limit, expected) => {
    expect(show(regions, year, limit)).toEqual(expected);
  });

  it('lists a jump from ntm to model once, at the highest level reached that year', () => {
    const jumped = indexDocument(
      withNtmRecords([ntm({ communeCode: 'a1', level: 'model', yearRecognised: 2025, history: [{ year: 2020, level: 'ntm' }] })]),
    );
    expect(recentRecognitions(jumped, null, 2025, compare).map((r) => `${r.year} ${r.level}`)).toEqual(['2025 model', '2020 ntm']);
  });

  it('sorts names with runs of spaces collapsed ("Xã  Mỹ Lộc" from official data sorts under M)', () => {
    const doc = buildSmallDocument({
      communes: [
        { code: 'a1', name: 'Xã Vũ Lễ', regionId: 'A' },
        { code: 'a2', name: 'Xã  Mỹ Lộc', regionId: 'A' },
        { code: 'b1', name: 'Xã An Ninh', regionId: 'B' },
      ],
    });
    const names = recentRecognitions(indexDocument(doc), null, 2020, compare).map((r) => r.name);
    expect(names).toEqual(['Xã An Ninh', 'Xã  Mỹ Lộc', 'Xã Vũ Lễ']);
  });

  it('keeps the ten latest of many, in order', () => {
    const doc = buildSmallDocument({
      communes: Array.from({ length: 30 }, (_, i) => ({ code: `c${i}`, name: `Xã ${String(i).padStart(2, '0')}`, regionId: 'A' })),
    });
    const many = indexDocument({
      ...doc,
      ntm: {
        ...doc.ntm,
        communes: Array.from({ length: 30 }, (_, i) => ntm({ communeCode: `c${i}`, level: 'advanced', yearRecognised: 2000 + (i % 7) })),
      },
    });
    // Years 2000 + i mod 7: 2006 holds i = 6, 13, 20, 27; 2005 holds 5, 12, 19, 26; 2004 holds 4, 11, 18, 25.
    expect(recentRecognitions(many, null, 2025, compare).map((r) => r.name)).toEqual([
      'Xã 06',
      'Xã 13',
      'Xã 20',
      'Xã 27',
      'Xã 05',
      'Xã 12',
      'Xã 19',
      'Xã 26',
      'Xã 04',
      'Xã 11',
    ]);
  });
});
