import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import { communeDetail, communeRows, filterCommuneRows, sortCommuneRows, type CommuneRow } from './commune-table';
import { nameOrder } from './ntm/name-order';
import { indexDocument } from './document-index';

// The small document's NTM records (mocks/fixtures/small-document.ts):
//   a1 Xã Vũ Lễ (Huyện An):    advanced since 2024 (19/19), history 2020 ntm (criteria not given)
//   a2 Xã Đông Xá (Huyện An):  model since 2025 (19/19), history 2020 ntm, 2023 advanced
//   b1 Xã An Ninh (Huyện Bình): ntm since 2020 (17/19), 19 criteria statuses, the first 17 met
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const order = nameOrder(index, compare);
const show = (rows: readonly CommuneRow[]) =>
  rows.map((r) => `${r.name}|${r.regionName}|${r.level}|${r.since ?? '-'}|${r.criteriaMet ?? '-'}/${r.criteriaTotal}`);

describe('communeRows (hand-checked)', () => {
  it.each([
    [null, 2025, ['Xã Vũ Lễ|Huyện An|advanced|2024|19/19', 'Xã Đông Xá|Huyện An|model|2025|19/19', 'Xã An Ninh|Huyện Bình|ntm|2020|17/19']],
    // 2023: a1 still ntm (from its 2020 history entry, criteria not given); a2 advanced since 2023.
    [null, 2023, ['Xã Vũ Lễ|Huyện An|ntm|2020|-/19', 'Xã Đông Xá|Huyện An|advanced|2023|-/19', 'Xã An Ninh|Huyện Bình|ntm|2020|17/19']],
    // 2019: before every record, so "none" with no year and no criteria count.
    [null, 2019, ['Xã Vũ Lễ|Huyện An|none|-|-/19', 'Xã Đông Xá|Huyện An|none|-|-/19', 'Xã An Ninh|Huyện Bình|none|-|-/19']],
    [['B'], 2025, ['Xã An Ninh|Huyện Bình|ntm|2020|17/19']],
    [['C'], 2025, []],
  ] as const)('regions %j, end of %i', (regions, year, expected) => {
    expect(show(communeRows(index, regions, year))).toEqual(expected);
  });

  it('dates a level given without yearRecognised by its earliest history entry', () => {
    const doc = buildSmallDocument();
    const undated = indexDocument({
      ...doc,
      ntm: {
        ...doc.ntm,
        communes: [
          {
            communeCode: 'a1',
            level: 'ntm',
            criteriaSet: '2021-2025',
            criteriaMet: 15,
            criteriaTotal: 19,
            history: [{ year: 2020, level: 'ntm' }],
          },
        ],
      },
    });
    // The level holds in every year (levelAt), so even 2019 shows ntm; its year is the history's 2020.
    expect(show(communeRows(undated, null, 2019))).toEqual(['Xã Vũ Lễ|Huyện An|ntm|2020|15/19']);
  });
});

describe('filterCommuneRows', () => {
  const rows = communeRows(index, null, 2025);
  it.each([
    ['vu le', 'all', ['Xã Vũ Lễ']],
    ['VŨ LỄ', 'all', ['Xã Vũ Lễ']],
    ['dong xa', 'all', ['Xã Đông Xá']],
    ['đông', 'all', ['Xã Đông Xá']],
    ['xa', 'all', ['Xã Vũ Lễ', 'Xã Đông Xá', 'Xã An Ninh']],
    ['b1', 'all', ['Xã An Ninh']], // the commune code is searchable too
    ['', 'ntm', ['Xã An Ninh']],
    ['', 'model', ['Xã Đông Xá']],
    ['', 'none', []],
    ['vu le', 'model', []],
    ['vu lac', 'all', []],
  ] as const)('%j with level %s', (query, level, expected) => {
    expect(filterCommuneRows(rows, query, level).map((r) => r.name)).toEqual(expected);
  });
});

describe('sortCommuneRows', () => {
  it.each([
    // Vietnamese order: An < Đông < Vũ.
    ['name', 'ascending', 2025, ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']],
    ['name', 'descending', 2025, ['Xã Vũ Lễ', 'Xã Đông Xá', 'Xã An Ninh']],
    // Huyện An (a2, a1 by name) before Huyện Bình.
    ['region', 'ascending', 2025, ['Xã Đông Xá', 'Xã Vũ Lễ', 'Xã An Ninh']],
    ['region', 'descending', 2025, ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']],
    ['level', 'descending', 2025, ['Xã Đông Xá', 'Xã Vũ Lễ', 'Xã An Ninh']], // model, advanced, ntm
    ['level', 'ascending', 2025, ['Xã An Ninh', 'Xã Vũ Lễ', 'Xã Đông Xá']],
    ['since', 'ascending', 2025, ['Xã An Ninh', 'Xã Vũ Lễ', 'Xã Đông Xá']], // 2020, 2024, 2025
    ['since', 'descending', 2025, ['Xã Đông Xá', 'Xã Vũ Lễ', 'Xã An Ninh']],
    ['since', 'ascending', 2019, ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']], // all unknown: by name
    ['criteria', 'ascending', 2025, ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']], // 17, then the two 19s by name
    ['criteria', 'descending', 2025, ['Xã Đông Xá', 'Xã Vũ Lễ', 'Xã An Ninh']],
    // 2023: a1 and a2 have no criteria count then; unknowns last in both directions.
    ['criteria', 'descending', 2023, ['Xã An Ninh', 'Xã Đông Xá', 'Xã Vũ Lễ']],
  ] as const)('%s %s (end of %i)', (key, direction, year, expected) => {
    expect(sortCommuneRows(communeRows(index, null, year), key, direction, order).map((r) => r.name)).toEqual(expected);
  });

  it('sorts a name with a double space as if it had one', () => {
    const doc = buildSmallDocument({
      communes: [
        { code: 'a1', name: 'Xã Vũ Lễ', regionId: 'A' },
        { code: 'a2', name: 'Xã  Mỹ Lộc', regionId: 'A' },
        { code: 'b1', name: 'Xã An Ninh', regionId: 'B' },
      ],
    });
    const idx = indexDocument(doc);
    const rows = sortCommuneRows(communeRows(idx, null, 2025), 'name', 'ascending', nameOrder(idx, compare));
    expect(rows.map((r) => r.name)).toEqual(['Xã An Ninh', 'Xã  Mỹ Lộc', 'Xã Vũ Lễ']);
  });

  it('tells communes with the same name apart by their region', () => {
    const doc = buildSmallDocument({
      communes: [
        { code: 'a1', name: 'Xã Đông Hoàng', regionId: 'B' },
        { code: 'a2', name: 'Xã Đông Hoàng', regionId: 'A' },
        { code: 'b1', name: 'Xã An Ninh', regionId: 'B' },
      ],
    });
    const idx = indexDocument(doc);
    const rows = sortCommuneRows(communeRows(idx, null, 2025), 'name', 'ascending', nameOrder(idx, compare));
    expect(rows.map((r) => `${r.name} (${r.regionName})`)).toEqual([
      'Xã An Ninh (Huyện Bình)',
      'Xã Đông Hoàng (Huyện An)',
      'Xã Đông Hoàng (Huyện Bình)',
    ]);
  });
});

describe('communeDetail', () => {
  it('spells out a record with per-criterion status (no criterion names in the set)', () => {
    const d = communeDetail(index, 'b1')!;
    expect([d.name, d.regionName, d.level, d.yearRecognised, d.criteriaMet, d.criteriaTotal]).toEqual([
      'Xã An Ninh',
      'Huyện Bình',
      'ntm',
      2020,
      17,
      19,
    ]);
    expect(d.criteriaSetLabel?.vi).toBe('Bộ tiêu chí 2021–2025');
    expect(d.criteria).toHaveLength(19);
    expect(d.criteria!.filter((c) => c.met)).toHaveLength(17);
    expect(d.criteria!.slice(16).map((c) => `${c.id}:${c.met}:${c.name?.vi ?? '-'}`)).toEqual(['17:true:-', '18:false:-', '19:false:-']);
    expect(d.history).toEqual([{ year: 2020, level: 'ntm', criteriaMet: 17, current: true }]);
  });

  it('gives the history in year order, the current level last, and no criteria when the record has none', () => {
    const d = communeDetail(index, 'a2')!;
    expect(d.criteria).toBeUndefined();
    expect(d.history.map((h) => `${h.year}:${h.level}:${h.current}`)).toEqual(['2020:ntm:false', '2023:advanced:false', '2025:model:true']);
  });

  it('names criteria from the set, in the set order, and keeps unknown ones at the end', () => {
    const doc = buildSmallDocument();
    const idx = indexDocument({
      ...doc,
      ntm: {
        criteriaSets: [
          {
            id: '2021-2025',
            label: { vi: 'Bộ 318' },
            criteria: [
              { id: 1, name: { vi: 'Quy hoạch' } },
              { id: 2, name: { vi: 'Giao thông', en: 'Transport' } },
            ],
          },
        ],
        communes: [
          {
            communeCode: 'a1',
            level: 'ntm',
            criteriaSet: '2021-2025',
            criteriaMet: 2,
            criteriaTotal: 19,
            criteria: [
              { id: 'x', met: true },
              { id: '2', met: false },
              { id: 1, met: true },
            ],
          },
        ],
      },
    });
    const d = communeDetail(idx, 'a1')!;
    expect(d.criteria!.map((c) => `${c.id}:${c.name?.vi ?? '-'}:${c.met}`)).toEqual(['1:Quy hoạch:true', '2:Giao thông:false', 'x:-:true']);
    expect(d.history).toEqual([{ year: undefined, level: 'ntm', criteriaMet: 2, current: true }]);
  });

  it.each([
    ['zz', undefined], // not a commune
  ])('is undefined for %s', (code, expected) => {
    expect(communeDetail(index, code)).toBe(expected);
  });

  it('says when the criteria set is unknown', () => {
    const doc = buildSmallDocument();
    const idx = indexDocument({ ...doc, ntm: { ...doc.ntm, criteriaSets: [] } });
    expect(communeDetail(idx, 'a1')?.criteriaSetLabel).toBeUndefined();
    expect(communeDetail(idx, 'a1')?.criteriaSetId).toBe('2021-2025');
  });
});
