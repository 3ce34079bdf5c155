// Every English message rendered with every count at 0, 1 and 2: the noun after a count agrees with it.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './messages';
import { CRAFT_MESSAGES } from './messages-craft';
import { DATA_QUALITY_MESSAGES } from './messages-data-quality';
import { FRESHNESS_MESSAGES } from './messages-freshness';
import { GLANCE_MESSAGES } from './messages-glance';
import { MAP_MESSAGES } from './messages-map';
import { NTM_MESSAGES } from './messages-ntm';
import { OCOP_MESSAGES } from './messages-ocop';
import { PRESENT_MESSAGES } from './messages-present';
import { PREVIEW_MESSAGES } from './messages-preview';
import { PRINT_MESSAGES } from './messages-print';
import { SCORECARD_MESSAGES } from './messages-scorecard';
import { count, isOne } from './plural';

const CATALOGUES = {
  main: CATALOGUE.en,
  craft: CRAFT_MESSAGES.en,
  dataQuality: DATA_QUALITY_MESSAGES.en,
  freshness: FRESHNESS_MESSAGES.en,
  glance: GLANCE_MESSAGES.en,
  map: MAP_MESSAGES.en,
  ntm: NTM_MESSAGES.en,
  ocop: OCOP_MESSAGES.en,
  present: PRESENT_MESSAGES.en,
  preview: PREVIEW_MESSAGES.en,
  print: PRINT_MESSAGES.en,
  scorecard: SCORECARD_MESSAGES.en,
};

/** Every message function of a catalogue, by its path. */
function messages(node: unknown, path: string, out: [string, (p: unknown) => unknown][] = []) {
  if (typeof node === 'function') out.push([path, node as (p: unknown) => unknown]);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) messages(v, `${path}.${k}`, out);
  return out;
}
const ALL = Object.entries(CATALOGUES).flatMap(([name, c]) => messages(c, name));

// The counted nouns of the interface, singular and plural.
const NOUNS: [string, string][] = [
  ['village', 'villages'],
  ['commune', 'communes'],
  ['product', 'products'],
  ['target', 'targets'],
  ['record', 'records'],
  ['problem', 'problems'],
  ['warning', 'warnings'],
  ['craft', 'crafts'],
  ['unit', 'units'],
  ['subject', 'subjects'],
  ['producer', 'producers'],
  ['cooperative', 'cooperatives'],
  ['enterprise', 'enterprises'],
  ['business', 'businesses'],
  ['group', 'groups'],
  ['recognition', 'recognitions'],
  ['area', 'areas'],
  ['second', 'seconds'],
  ['row', 'rows'],
  ['slide', 'slides'],
  ['district', 'districts'],
  ['other', 'others'],
];
// Words that may stand between a count and its noun: "2 recognised craft villages", "1 5★ product".
const BETWEEN = ['recognised', 'craft', 'OCOP', 'model', 'advanced', 'faulty', 'data', 'province', 'count', 'district', 'other', 'more'];
const between = `(?:(?:${BETWEEN.join('|')}|\\S*★\\S*) ){0,3}`;
const anyNoun = NOUNS.flat().join('|');
/** The count, maybe some of those words, then the noun, which ends the phrase ("district" in "district units" does not). */
const after = (n: number, noun: string) => new RegExp(`(?:^|[^\\d,.])${n} ${between}${noun}\\b(?! (?:${anyNoun})\\b)`);

describe('English counts agree with their nouns', () => {
  it('finds the messages', () => {
    expect(ALL.length).toBeGreaterThan(200);
  });

  for (const n of [0, 1, 2]) {
    it(`every English message with every parameter ${n}`, () => {
      // Every parameter is the count; a level reads as a noun ("district").
      const params = new Proxy({}, { get: (_, key) => (key === 'level' ? 'district' : n) });
      const wrong: string[] = [];
      for (const [path, fn] of ALL) {
        const text = fn(params);
        if (typeof text !== 'string') continue;
        for (const [one, other] of NOUNS) {
          const bad = n === 1 ? other : one;
          if (after(n, bad).test(text)) wrong.push(`${path}: ${text}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it.each([
    [0, '0 craft villages'],
    [1, '1 craft village'],
    [2, '2 craft villages'],
    ['1,001', '1,001 craft villages'],
  ] as const)('count(%s)', (n, expected) => {
    expect(count(n, 'craft village', 'craft villages')).toBe(expected);
    expect(isOne(n)).toBe(n === 1);
  });

  it.each([
    [0, '0 of 0 targets achieved', '0 faulty records'],
    [1, '1 of 1 target achieved', '1 faulty record'],
    [2, '2 of 2 targets achieved', '2 faulty records'],
  ] as const)('hand-checked with %i', (n, headline, faulty) => {
    expect(CATALOGUE.en.headlineArea({ area: 'OCOP', achieved: n, total: n })).toBe(`OCOP: ${headline}`);
    expect(DATA_QUALITY_MESSAGES.en.excludedTitle({ count: n })).toContain(faulty);
  });
});
