import { describe, expect, it } from 'vitest';
import { ntmRecord as ntm, withNtmRecords } from '../../../mocks/fixtures/ntm-records';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { certificationsByYear, totalCertifications } from './certifications';

// The small document's NTM records are listed in ./by-region.test.ts.
const index = indexDocument(buildSmallDocument());
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

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
    const jumped = indexDocument(
      withNtmRecords([ntm({ communeCode: 'a1', level: 'model', yearRecognised: 2025, history: [{ year: 2010, level: 'ntm' }] })]),
    );
    expect(certificationsByYear(jumped, null, [2024, 2025])).toEqual([
      { year: 2024, upTo: true, ntm: 1, advanced: 0, model: 0 },
      { year: 2025, ntm: 0, advanced: 1, model: 1 },
    ]);
    expect(certificationsByYear(jumped, null, [])).toEqual([]);
  });
});
