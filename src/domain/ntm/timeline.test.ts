import { describe, expect, it } from 'vitest';
import { ntmRecord as ntm } from '../../../mocks/fixtures/ntm-records';
import { timelineOf } from './timeline';

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
