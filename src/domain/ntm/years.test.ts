import { describe, expect, it } from 'vitest';
import { ntmRecord as ntm, withNtmRecords } from '../../../mocks/fixtures/ntm-records';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import type { NtmCommune } from '../../contract/ntm';
import { indexDocument } from '../document-index';
import { ntmYears } from './years';

// The small document's NTM records are listed in ./by-region.test.ts.
const index = indexDocument(buildSmallDocument());
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

describe('ntmYears', () => {
  it.each([
    [2025, YEARS], // first dated NTM year in the document is 2020
    [2020, [2020]],
    [2019, [2019]], // before any record: just the year itself
  ] as const)('up to %i', (year, expected) => {
    expect(ntmYears(index, year)).toEqual(expected);
  });

  it('starts at the first dated year when records give their level without a year (the built-in sample does)', () => {
    const undated = (communes: NtmCommune[]) => indexDocument(withNtmRecords(communes));
    // a1: ntm with no yearRecognised, history 2018 → 2018 is the first dated year; the undated level itself dates nothing.
    const withHistory = undated([
      ntm({ communeCode: 'a1', level: 'ntm', history: [{ year: 2018, level: 'ntm' }] }),
      ntm({ communeCode: 'a2', level: 'advanced', yearRecognised: 2024 }),
    ]);
    expect(ntmYears(withHistory, 2025)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(ntmYears(undated([ntm({ communeCode: 'a1', level: 'ntm' })]), 2025)).toEqual([2025]);
  });

  it('keeps at most 20 years', () => {
    const old = indexDocument(withNtmRecords([ntm({ communeCode: 'a1', level: 'ntm', yearRecognised: 1995 })]));
    expect(ntmYears(old, 2025)).toEqual(Array.from({ length: 20 }, (_, i) => 2006 + i));
  });
});
