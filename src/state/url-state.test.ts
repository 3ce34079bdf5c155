import { describe, expect, it } from 'vitest';
import { parseView, serializeView } from './url-state';

describe('the view in the URL', () => {
  it.each([
    ['', { regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false }],
    ['?district=342', { regionIds: ['342'], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false }],
    [
      '?district=342,343,342&year=2024&lang=en',
      { regionIds: ['342', '343'], year: 2024, locale: 'en', slide: null, measure: 'ocop-recognised', merge: false },
    ],
    ['?year=20x4&lang=fr', { regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false }],
    ['?slide=3&lang=en', { regionIds: [], year: null, locale: 'en', slide: 3, measure: 'ocop-recognised', merge: false }],
    ['?slide=0', { regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false }],
    [
      '?district=342,343&merge=1',
      { regionIds: ['342', '343'], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: true },
    ],
    ['?district=,,', { regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false }],
  ] as const)('parses %j', (search, view) => {
    expect(parseView(search)).toEqual(view);
  });

  it('writes the view and keeps source= untouched', () => {
    const search = serializeView(
      { regionIds: ['342', '343'], year: 2024, locale: 'en', slide: null, measure: 'ocop-recognised', merge: false },
      '?source=%2Fdata%2Fx.json&district=1',
    );
    expect(search).toBe('?source=%2Fdata%2Fx.json&district=342,343&year=2024&lang=en');
    expect(parseView(search)).toEqual({
      regionIds: ['342', '343'],
      year: 2024,
      locale: 'en',
      slide: null,
      measure: 'ocop-recognised',
      merge: false,
    });
  });

  it('keeps the map measure and starts an unattended display presenting', () => {
    expect(parseView('?measure=ntm-advanced-share').measure).toBe('ntm-advanced-share');
    expect(parseView('?measure=nonsense').measure).toBe('ocop-recognised');
    expect(parseView('?autoplay=20').slide).toBe(1);
    expect(parseView('?playlist=districts&slide=4').slide).toBe(4);
    const view = parseView('?measure=craft-recognised&autoplay=20');
    expect(serializeView(view, '?autoplay=20')).toBe('?autoplay=20&slide=1&measure=craft-recognised');
  });

  it('drops defaults so the plain address stays plain', () => {
    expect(
      serializeView(
        { regionIds: [], year: null, locale: 'vi', slide: null, measure: 'ocop-recognised', merge: false },
        '?district=342&lang=en',
      ),
    ).toBe('');
  });
});

describe('the tables’ search and filters in the URL', () => {
  it('reads them, keeps the text as typed and leaves the rest of the view alone', () => {
    const view = parseView('?district=342&product=vu+l%E1%BB%85&stars=3&group=food&expiring=1&commune=an%20ninh&level=advanced');
    expect(view).toMatchObject({
      regionIds: ['342'],
      product: 'vu lễ',
      stars: '3',
      group: 'food',
      expiring: '1',
      commune: 'an ninh',
      level: 'advanced',
    });
    expect(parseView('?product=&level=').product).toBeUndefined();
    expect(parseView('').level).toBeUndefined();
  });

  it('writes them back, a round trip gives the same view, and the defaults leave the address plain', () => {
    const view = { ...parseView('?lang=en'), product: 'vu lễ', stars: '5', commune: 'đông xá', level: 'model' };
    const search = serializeView(view, '?source=%2Fx.json');
    expect(search).toBe('?source=%2Fx.json&lang=en&product=vu+l%E1%BB%85&stars=5&commune=%C4%91%C3%B4ng+x%C3%A1&level=model');
    expect(parseView(search)).toEqual(view);
    expect(serializeView(parseView(''), '?product=x&stars=3&expiring=1')).toBe('');
  });
});
