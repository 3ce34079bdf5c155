import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../document-index';
import { computeMetric } from '../metrics';
import { ocopMix } from './mix';

// The small document's products and the stars they hold each year are listed in ./by-year.test.ts.
const index = indexDocument(buildSmallDocument());

describe('ocopMix', () => {
  const groups = (regions: readonly string[] | null, year: number) => ocopMix(index, regions, year).groups.map((g) => [g.group, g.total]);
  it.each([
    // 2025 whole province: food P1, P2, P7; drinks P4; handicraft P5 (P3 not recognised, P6 lapsed).
    [
      null,
      2025,
      [
        ['food', 3],
        ['drinks', 1],
        ['herbal', 0],
        ['handicraft', 1],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    // 2024: food P1, P2, P7; herbal P6 (still valid); handicraft P5.
    [
      null,
      2024,
      [
        ['food', 3],
        ['drinks', 0],
        ['herbal', 1],
        ['handicraft', 1],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    [
      ['A'],
      2025,
      [
        ['food', 2],
        ['drinks', 1],
        ['herbal', 0],
        ['handicraft', 0],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
    [
      ['C'],
      2025,
      [
        ['food', 0],
        ['drinks', 0],
        ['herbal', 0],
        ['handicraft', 0],
        ['ornamental', 0],
        ['tourism', 0],
      ],
    ],
  ] as const)('groups for %j in %i', (regions, year, expected) => {
    expect(groups(regions, year)).toEqual(expected);
  });

  it('splits a group by stars (2025, food: P1 3★, P2 4★, P7 4★)', () => {
    expect(ocopMix(index, null, 2025).groups[0]).toEqual({ group: 'food', three: 1, four: 2, five: 0, total: 3 });
  });

  it.each([
    // regions, year, [type, subjects, modern] ×4, subjects, modern, share
    // 2025: S1 (P1, P2), S2 (P4), S3 (P5, P7) all hold a valid product; S1 and S3 sell through modern channels.
    [
      null,
      2025,
      [
        ['cooperative', 1, 1],
        ['enterprise', 1, 0],
        ['household', 1, 1],
        ['cooperative-group', 0, 0],
      ],
      3,
      2,
      66.67,
    ],
    // A: S1 and S2; one of two modern.
    [
      ['A'],
      2025,
      [
        ['cooperative', 1, 1],
        ['enterprise', 1, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      2,
      1,
      50,
    ],
    // 2023: S1 (P1, P2), S3 (P6, P7); S2's only valid product (P4) starts in 2025.
    [
      null,
      2023,
      [
        ['cooperative', 1, 1],
        ['enterprise', 0, 0],
        ['household', 1, 1],
        ['cooperative-group', 0, 0],
      ],
      2,
      2,
      100,
    ],
    // No OCOP subject: no data, not 0 %.
    [
      ['C'],
      2025,
      [
        ['cooperative', 0, 0],
        ['enterprise', 0, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      0,
      0,
      null,
    ],
    [
      null,
      2021,
      [
        ['cooperative', 0, 0],
        ['enterprise', 0, 0],
        ['household', 0, 0],
        ['cooperative-group', 0, 0],
      ],
      0,
      0,
      null,
    ],
  ] as const)('subjects for %j in %i', (regions, year, types, subjects, modern, share) => {
    const mix = ocopMix(index, regions, year);
    expect(mix.subjectTypes.map((t) => [t.type, t.subjects, t.modern])).toEqual(types);
    expect(mix.subjectTypes.every((t) => t.notModern === t.subjects - t.modern)).toBe(true);
    expect([mix.subjects, mix.modern, mix.modernShare === null ? null : Math.round(mix.modernShare * 100) / 100]).toEqual([
      subjects,
      modern,
      share,
    ]);
    const metric = computeMetric(index, 'ocop.modern-channel-subject-share', { regionIds: regions, year });
    expect(metric?.kind === 'value' ? metric.value : null).toBe(mix.modernShare);
  });
});
