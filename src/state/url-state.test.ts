import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './url-state';

describe('the view in the URL', () => {
  it.each([
    ['', { regionIds: [], year: null, locale: 'vi', slide: null, merge: false }],
    ['?district=342', { regionIds: ['342'], year: null, locale: 'vi', slide: null, merge: false }],
    ['?district=342,343,342&year=2024&lang=en', { regionIds: ['342', '343'], year: 2024, locale: 'en', slide: null, merge: false }],
    ['?year=20x4&lang=fr', { regionIds: [], year: null, locale: 'vi', slide: null, merge: false }],
    ['?slide=3&lang=en', { regionIds: [], year: null, locale: 'en', slide: 3, merge: false }],
    ['?slide=0', { regionIds: [], year: null, locale: 'vi', slide: null, merge: false }],
    ['?district=342,343&merge=1', { regionIds: ['342', '343'], year: null, locale: 'vi', slide: null, merge: true }],
    ['?district=,,', { regionIds: [], year: null, locale: 'vi', slide: null, merge: false }],
  ] as const)('parses %j', (search, view) => {
    expect(parseView(search)).toEqual(view);
  });

  it('writes the view and keeps source= untouched', () => {
    const search = serializeView(
      { regionIds: ['342', '343'], year: 2024, locale: 'en', slide: null, merge: false },
      '?source=%2Fdata%2Fx.json&district=1',
    );
    expect(search).toBe('?source=%2Fdata%2Fx.json&district=342,343&year=2024&lang=en');
    expect(parseView(search)).toEqual({ regionIds: ['342', '343'], year: 2024, locale: 'en', slide: null, merge: false });
  });

  it('drops defaults so the plain address stays plain', () => {
    expect(serializeView({ regionIds: [], year: null, locale: 'vi', slide: null, merge: false }, '?district=342&lang=en')).toBe('');
  });
});
