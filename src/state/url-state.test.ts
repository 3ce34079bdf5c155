import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './url-state';

describe('the view in the URL', () => {
  it.each([
    ['', { regionIds: [], year: null, locale: 'vi' }],
    ['?district=342', { regionIds: ['342'], year: null, locale: 'vi' }],
    ['?district=342,343,342&year=2024&lang=en', { regionIds: ['342', '343'], year: 2024, locale: 'en' }],
    ['?year=20x4&lang=fr', { regionIds: [], year: null, locale: 'vi' }],
    ['?district=,,', { regionIds: [], year: null, locale: 'vi' }],
  ] as const)('parses %j', (search, view) => {
    expect(parseView(search)).toEqual(view);
  });

  it('writes the view and keeps source= untouched', () => {
    const search = serializeView({ regionIds: ['342', '343'], year: 2024, locale: 'en' }, '?source=%2Fdata%2Fx.json&district=1');
    expect(search).toBe('?source=%2Fdata%2Fx.json&district=342,343&year=2024&lang=en');
    expect(parseView(search)).toEqual({ regionIds: ['342', '343'], year: 2024, locale: 'en' });
  });

  it('drops defaults so the plain address stays plain', () => {
    expect(serializeView({ regionIds: [], year: null, locale: 'vi' }, '?district=342&lang=en')).toBe('');
  });
});
