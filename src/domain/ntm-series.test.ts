import { describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument, SMALL_TARGETS } from '../../mocks/fixtures/small-document';
import type { NtmCommune } from '../contract/ntm';
import type { Target } from '../contract/targets';
import { indexDocument } from './document-index';
import { computeMetric, type MetricId } from './metrics';
import { regionsBeyond } from './capped-rows';
import { capRegionRows, levelsByRegion, summariseRegionLevels } from './ntm/by-region';
import { certificationsByYear, totalCertifications } from './ntm/certifications';
import { progressByYear } from './ntm/progress';
import { recentRecognitions } from './ntm/recent';
import { ntmTargetLines } from './ntm/target-lines';
import { timelineOf } from './ntm/timeline';
import { ntmYears } from './ntm/years';

// The small document's NTM records (mocks/fixtures/small-document.ts):
//   a1 Xã Vũ Lễ (A):   advanced since 2024, history 2020 ntm            → ntm 2020, advanced 2024
//   a2 Xã Đông Xá (A): model since 2025, history 2020 ntm, 2023 advanced → ntm 2020, advanced 2023, model 2025
//   b1 Xã An Ninh (B): ntm since 2020, no history                        → ntm 2020
//   region C has no communes.
const index = indexDocument(buildSmallDocument());
const compare = new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare;
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

const ntm = (patch: Partial<NtmCommune> & Pick<NtmCommune, 'communeCode' | 'level'>): NtmCommune => ({
  criteriaSet: '2021-2025',
  criteriaMet: 19,
  criteriaTotal: 19,
  ...patch,
});

describe('timelineOf', () => {
  it.each([
    // record, steps (year:level), first year at ntm / advanced / model
    [
      'advanced 2024 after ntm 2020',
      ntm({ communeCode: 'x', level: 'advanced', yearRecognised: 2024, history: [{ year: 2020, level: 'ntm' }] }),
      ['2020:ntm', '2024:advanced'],
      [2020, 2024, undefined],
    ],
    // A jump from ntm to model: a model commune is also advanced (decision 319), so it reached both in 2025.
    [
      'jump ntm → model',
      ntm({ communeCode: 'x', level: 'model', yearRecognised: 2025, history: [{ year: 2022, level: 'ntm' }] }),
      ['2022:ntm', '2025:model'],
      [2022, 2025, 2025],
    ],
    // No yearRecognised: the level holds in every year (levelAt), the history still dates the first NTM year.
    [
      'no year, history 2020',
      ntm({ communeCode: 'x', level: 'ntm', history: [{ year: 2020, level: 'ntm' }] }),
      ['-Infinity:ntm'],
      [2020, undefined, undefined],
    ],
    ['no year, no history', ntm({ communeCode: 'x', level: 'advanced' }), ['-Infinity:advanced'], [undefined, undefined, undefined]],
    // History after yearRecognised is ignored (levelAt); of two entries in one year the later counts.
    [
      'same-year entries and late history',
      ntm({
        communeCode: 'x',
        level: 'advanced',
        yearRecognised: 2023,
        history: [
          { year: 2030, level: 'model' },
          { year: 2019, level: 'none' },
          { year: 2019, level: 'ntm' },
        ],
      }),
      ['2019:ntm', '2023:advanced'],
      [2019, 2023, undefined],
    ],
    ['level none', ntm({ communeCode: 'x', level: 'none' }), ['-Infinity:none'], [undefined, undefined, undefined]],
  ] as const)('%s', (_, record, steps, first) => {
    const t = timelineOf(record);
    expect(t.steps.map((s) => `${s.year}:${s.level}`)).toEqual(steps);
    expect([t.firstReached.ntm, t.firstReached.advanced, t.firstReached.model]).toEqual(first);
  });
});

describe('levelsByRegion (hand-checked on the small document)', () => {
  it.each([
    // year, rows as "region none/ntm/advanced/model total adv+"
    // 2025: A has a1 advanced and a2 model; B has b1 ntm; C has nothing (zeros, still listed); B before C by name.
    [2025, ['A 0/0/1/1 2 2', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2024: a2 was still advanced (model from 2025).
    [2024, ['A 0/0/2/0 2 2', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2023: a1 ntm (advanced from 2024), a2 advanced.
    [2023, ['A 0/1/1/0 2 1', 'B 0/1/0/0 1 0', 'C 0/0/0/0 0 0']],
    // 2019: nobody recognised yet; all ties, so by name (An, Bình, Cát).
    [2019, ['A 2/0/0/0 2 0', 'B 1/0/0/0 1 0', 'C 0/0/0/0 0 0']],
  ] as const)('end of %i', (year, expected) => {
    const rows = levelsByRegion(index, year, compare);
    expect(rows.map((r) => `${r.regionId} ${r.none}/${r.ntm}/${r.advanced}/${r.model} ${r.total} ${r.advancedOrHigher}`)).toEqual(expected);
  });

  it('sorts by advanced-or-higher descending before the name', () => {
    // Rename so that A (2 advanced or higher) comes last by name: it still comes first; B and C (0) follow by name.
    const doc = buildSmallDocument({
      regions: [
        { id: 'A', name: 'Huyện Zeta' },
        { id: 'B', name: 'Huyện Alpha' },
        { id: 'C', name: 'Huyện Beta' },
      ],
    });
    const rows = levelsByRegion(indexDocument(doc), 2025, compare);
    expect(rows.map((r) => r.name)).toEqual(['Huyện Zeta', 'Huyện Alpha', 'Huyện Beta']);
  });
});

describe('summariseRegionLevels', () => {
  it.each([
    // year, top region, regions without advanced, regions, communes, advanced or higher
    [2025, 'A', 2, 3, 3, 2], // A has a1 + a2; B (b1 ntm) and C (no communes) have none
    [2023, 'A', 2, 3, 3, 1],
    [2019, undefined, 3, 3, 3, 0], // nobody advanced yet: no leader
  ] as const)('end of %i', (year, top, without, regions, communes, advanced) => {
    const s = summariseRegionLevels(levelsByRegion(index, year, compare));
    expect([s.top?.regionId, s.withoutAdvanced, s.regions, s.communes, s.advancedOrHigher]).toEqual([
      top,
      without,
      regions,
      communes,
      advanced,
    ]);
  });

  it('gives each region its advanced-or-higher share, and no share without records', () => {
    const rows = levelsByRegion(index, 2024, compare);
    expect(rows.map((r) => r.advancedOrHigherShare)).toEqual([100, 0, null]); // A 2/2, B 0/1, C none
  });
});

describe('capRegionRows', () => {
  const rows = levelsByRegion(index, 2025, compare);
  it.each([
    // limit, selected, shown ids, others "regions: ntm total"
    [2, [], ['A', 'B', 'C'], undefined], // 3 rows ≤ limit + 1: nothing summed
    [1, [], ['A'], '2: ntm 1, total 1'], // B + C summed
    [1, ['C'], ['A', 'C'], '1: ntm 1, total 1'], // the selected C stays visible, B summed
    [1, ['B', 'C'], ['A', 'B'], '1: ntm 0, total 0'], // at most `limit` extra selected rows
  ] as const)('limit %i, selected %j', (limit, selected, shown, others) => {
    const capped = capRegionRows(rows, selected, limit);
    expect(capped.shown.map((r) => r.regionId)).toEqual(shown);
    expect(capped.others && `${capped.others.regions}: ntm ${capped.others.ntm}, total ${capped.others.total}`).toBe(others);
  });
});

describe('regionsBeyond', () => {
  const rows = levelsByRegion(index, 2025, compare); // A, B, C
  it.each([
    // limit, selected, beyond the first `limit` rows
    [1, [], []],
    [1, ['A'], []], // A is drawn anyway
    [1, ['C', 'A', 'B'], ['B', 'C']], // in row order
    [2, ['C'], []], // 3 rows ≤ limit + 1: all drawn
  ] as const)('limit %i, selected %j', (limit, selected, expected) => {
    expect(regionsBeyond(rows, selected, limit)).toEqual(expected);
    // capRegionRows draws the same bars from the regions beyond as from the whole selection.
    expect(capRegionRows(rows, regionsBeyond(rows, selected, limit), limit)).toEqual(capRegionRows(rows, selected, limit));
  });
});

describe('ntmYears', () => {
  it.each([
    [2025, YEARS], // first dated NTM year in the document is 2020
    [2020, [2020]],
    [2019, [2019]], // before any record: just the year itself
  ] as const)('up to %i', (year, expected) => {
    expect(ntmYears(index, year)).toEqual(expected);
  });

  it('starts at the first dated year when records give their level without a year (the built-in sample does)', () => {
    const doc = buildSmallDocument();
    const undated = (communes: NtmCommune[]) => indexDocument({ ...doc, ntm: { ...doc.ntm, communes } });
    // a1: ntm with no yearRecognised, history 2018 → 2018 is the first dated year; the undated level itself dates nothing.
    const withHistory = undated([
      ntm({ communeCode: 'a1', level: 'ntm', history: [{ year: 2018, level: 'ntm' }] }),
      ntm({ communeCode: 'a2', level: 'advanced', yearRecognised: 2024 }),
    ]);
    expect(ntmYears(withHistory, 2025)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(ntmYears(undated([ntm({ communeCode: 'a1', level: 'ntm' })]), 2025)).toEqual([2025]);
  });

  it('keeps at most 20 years', () => {
    const doc = buildSmallDocument();
    const old = indexDocument({ ...doc, ntm: { ...doc.ntm, communes: [ntm({ communeCode: 'a1', level: 'ntm', yearRecognised: 1995 })] } });
    expect(ntmYears(old, 2025)).toEqual(Array.from({ length: 20 }, (_, i) => 2006 + i));
  });
});

describe('certificationsByYear (hand-checked)', () => {
  it.each([
    // regions, rows "year:ntm/advanced/model" for 2020–2025
    // All: 2020 a1, a2, b1 reach ntm; 2023 a2 advanced; 2024 a1 advanced; 2025 a2 model.
    [null, ['2020:3/0/0', '2021:0/0/0', '2022:0/0/0', '2023:0/1/0', '2024:0/1/0', '2025:0/0/1']],
    [['A'], ['2020:2/0/0', '2021:0/0/0', '2022:0/0/0', '2023:0/1/0', '2024:0/1/0', '2025:0/0/1']],
    [['B'], ['2020:1/0/0', '2021:0/0/0', '2022:0/0/0', '2023:0/0/0', '2024:0/0/0', '2025:0/0/0']],
    [['C'], ['2020:0/0/0', '2021:0/0/0', '2022:0/0/0', '2023:0/0/0', '2024:0/0/0', '2025:0/0/0']],
  ] as const)('regions %j', (regions, expected) => {
    const rows = certificationsByYear(index, regions, YEARS);
    expect(rows.map((r) => `${r.year}:${r.ntm}/${r.advanced}/${r.model}`)).toEqual(expected);
  });

  it.each([
    [null, { ntm: 3, advanced: 2, model: 1 }],
    [['C'], { ntm: 0, advanced: 0, model: 0 }],
  ] as const)('totals %j over 2020–2025', (regions, expected) => {
    expect(totalCertifications(certificationsByYear(index, regions, YEARS))).toEqual(expected);
  });

  it('counts a jump from ntm to model for both advanced and model, and gathers earlier years into the first row', () => {
    const doc = buildSmallDocument();
    const jumped = indexDocument({
      ...doc,
      ntm: {
        ...doc.ntm,
        communes: [ntm({ communeCode: 'a1', level: 'model', yearRecognised: 2025, history: [{ year: 2010, level: 'ntm' }] })],
      },
    });
    expect(certificationsByYear(jumped, null, [2024, 2025])).toEqual([
      { year: 2024, upTo: true, ntm: 1, advanced: 0, model: 0 },
      { year: 2025, ntm: 0, advanced: 1, model: 1 },
    ]);
    expect(certificationsByYear(jumped, null, [])).toEqual([]);
  });
});

describe('progressByYear (hand-checked)', () => {
  it.each([
    // regions, rows "year: ntm+/adv+/model of total (adv+ share %)"
    [
      null,
      [
        '2020: 3/0/0 of 3 (0)',
        '2021: 3/0/0 of 3 (0)',
        '2022: 3/0/0 of 3 (0)',
        '2023: 3/1/0 of 3 (33.33)',
        '2024: 3/2/0 of 3 (66.67)',
        '2025: 3/2/1 of 3 (66.67)',
      ],
    ],
    [
      ['B'],
      [
        '2020: 1/0/0 of 1 (0)',
        '2021: 1/0/0 of 1 (0)',
        '2022: 1/0/0 of 1 (0)',
        '2023: 1/0/0 of 1 (0)',
        '2024: 1/0/0 of 1 (0)',
        '2025: 1/0/0 of 1 (0)',
      ],
    ],
    // C has no NTM record: counts 0, shares are no data (null), never 0 %.
    [
      ['C'],
      [
        '2020: 0/0/0 of 0 (null)',
        '2021: 0/0/0 of 0 (null)',
        '2022: 0/0/0 of 0 (null)',
        '2023: 0/0/0 of 0 (null)',
        '2024: 0/0/0 of 0 (null)',
        '2025: 0/0/0 of 0 (null)',
      ],
    ],
  ] as const)('regions %j', (regions, expected) => {
    const rows = progressByYear(index, regions, YEARS);
    const pct = (v: number | null) => (v === null ? 'null' : String(Math.round(v * 100) / 100));
    expect(
      rows.map((r) => `${r.year}: ${r.ntmOrHigher}/${r.advancedOrHigher}/${r.model} of ${r.total} (${pct(r.advancedOrHigherShare)})`),
    ).toEqual(expected);
  });

  it('gives the model share: 1 of 3 communes in 2025', () => {
    expect(progressByYear(index, null, [2025])[0]?.modelShare).toBeCloseTo(33.333, 2);
  });

  it('counts levels reached before the first year into that year, and before any record gives none', () => {
    expect(progressByYear(index, null, [2024, 2025]).map((r) => r.advancedOrHigher)).toEqual([2, 2]);
    expect(progressByYear(index, null, [2019]).map((r) => r.ntmOrHigher)).toEqual([0]);
  });

  // The same numbers as the metric registry, for every year and several selections, on two documents.
  const national = indexDocument(buildNationalDocument({ regions: 6, communesPerRegion: 25, products: 10, subjects: 5, villages: 2 }, 7));
  it.each([
    ['small', index, [null, ['A'], ['B'], ['C'], ['A', 'B']]],
    ['synthetic', national, [null, [national.regionIds[0]!], [national.regionIds[2]!, national.regionIds[5]!]]],
  ] as const)('agrees with computeMetric on the %s document', (_, idx, selections) => {
    const years = Array.from({ length: 14 }, (__, i) => 2013 + i);
    for (const regionIds of selections) {
      const rows = progressByYear(idx, regionIds, years);
      for (const r of rows) {
        const metric = (id: MetricId) => {
          const m = computeMetric(idx, id, { regionIds, year: r.year });
          return m?.kind === 'value' ? m.value : null;
        };
        expect([r.ntmOrHigher, r.advancedOrHigher, r.model]).toEqual([
          metric('ntm.ntm-or-higher-count'),
          metric('ntm.advanced-or-higher-count'),
          metric('ntm.model-count'),
        ]);
        expect(r.advancedOrHigherShare).toBe(metric('ntm.advanced-or-higher-share'));
      }
    }
  });
});

describe('ntmTargetLines', () => {
  const share: Target = { ...SMALL_TARGETS[2]!, id: 'adv-share', metric: 'ntm.advanced-or-higher-share', unit: 'percent', value: 20 };
  const model: Target = { ...SMALL_TARGETS[2]!, id: 'model', metric: 'ntm.model-count', value: 2 };
  const wrongUnit: Target = { ...SMALL_TARGETS[2]!, id: 'wrong', metric: 'ntm.model-share', unit: 'count' };
  it.each([
    // targets, count lines "id:series", share lines
    [SMALL_TARGETS, ['advanced:advancedOrHigher'], []], // the OCOP and craft targets are not drawn here
    [[...SMALL_TARGETS, share, model, wrongUnit], ['advanced:advancedOrHigher', 'model:model'], ['adv-share:advancedOrHigher']],
    [[], [], []],
  ] as const)('%#', (targets, count, shares) => {
    const lines = ntmTargetLines(indexDocument(buildSmallDocument({ targets: [...targets] })));
    expect(lines.count.map((l) => `${l.target.id}:${l.series}`)).toEqual(count);
    expect(lines.share.map((l) => `${l.target.id}:${l.series}`)).toEqual(shares);
  });
});

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
    const doc = buildSmallDocument();
    const jumped = indexDocument({
      ...doc,
      ntm: {
        ...doc.ntm,
        communes: [ntm({ communeCode: 'a1', level: 'model', yearRecognised: 2025, history: [{ year: 2020, level: 'ntm' }] })],
      },
    });
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
