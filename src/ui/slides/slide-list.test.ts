import { describe, expect, it } from 'vitest';
import { buildSmallDocument } from '../../../mocks/fixtures/small-document';
import { indexDocument } from '../../domain/document-index';
import { buildOverview } from '../../domain/overview';
import { describeEvaluation } from '../../i18n/describe-target';
import { talkingPoints } from './presenter-view';
import { buildSlides, slideKey } from './slide-list';
import { paginate } from './target-pages';
import { nextStop, readUnattended } from './use-autoplay';

const index = indexDocument(buildSmallDocument());
const overview = buildOverview(index, { regionIds: [], year: 2025 });
const ids = (area: string) => overview.groups.find((g) => g.area === area)?.rows.map((r) => r.evaluation.target.id) ?? [];

describe('the slides of a deck', () => {
  it('has a title, then per area its targets and key charts, then the map', () => {
    const keys = buildSlides(overview, {}).map(slideKey);
    expect(keys[0]).toBe('title');
    expect(keys.at(-1)).toBe('map');
    expect(keys).toEqual(
      expect.arrayContaining([
        'ocop-targets-1',
        'ocop-stars',
        'ocop-rated',
        'ocop-regions',
        'ntm-regions',
        'ntm-progress',
        'craft-year',
        'craft-regions',
      ]),
    );
    expect(keys.indexOf('ocop-targets-1')).toBeLessThan(keys.indexOf('ocop-stars'));
    expect(keys.indexOf('ocop-regions')).toBeLessThan(keys.indexOf('ntm-targets-1'));
  });

  it('splits an area’s targets over the measured pages, and ignores pages measured for other targets', () => {
    const ocop = ids('ocop');
    expect(ocop.length).toBeGreaterThan(1);
    const pages = [ocop.slice(0, 1), ocop.slice(1)];
    const split = buildSlides(overview, { ocop: pages }).filter((s) => s.kind === 'targets' && s.area === 'ocop');
    expect(split.map((s) => (s.kind === 'targets' ? [s.targetIds, s.page, s.pages] : null))).toEqual([
      [pages[0], 1, 2],
      [pages[1], 2, 2],
    ]);
    const stale = buildSlides(overview, { ocop: [['not-a-target']] }).filter((s) => s.kind === 'targets' && s.area === 'ocop');
    expect(stale).toHaveLength(1);
  });
});

describe('pagination of laid-out cards', () => {
  const card = (id: string, top: number, bottom: number) => ({ id, top, bottom });
  it('breaks before the row that would pass the slide, never inside a row', () => {
    // Two columns, rows of 300 with 20 between, 700 available: two rows per page.
    const cards = [card('a', 0, 300), card('b', 0, 300), card('c', 320, 620), card('d', 320, 620), card('e', 640, 940)];
    expect(paginate(cards, 700)).toEqual([['a', 'b', 'c', 'd'], ['e']]);
    expect(paginate(cards, 500)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });
  it('keeps a card taller than the slide on a page of its own rather than dropping it', () => {
    expect(paginate([card('a', 0, 900), card('b', 920, 1000)], 800)).toEqual([['a'], ['b']]);
    expect(paginate([], 800)).toEqual([]);
  });
});

describe('unattended displays', () => {
  it.each([
    ['?autoplay=20', { seconds: 20, playlist: null }],
    ['?autoplay=45&playlist=districts', { seconds: 45, playlist: 'districts' }],
    ['?playlist=districts', { seconds: 20, playlist: 'districts' }],
    ['?autoplay=1', { seconds: 20, playlist: null }],
    ['?autoplay=abc', { seconds: 20, playlist: null }],
    ['', { seconds: null, playlist: null }],
  ])('reads %s', (search, expected) => {
    expect(readUnattended(search)).toEqual(expected);
  });

  it('moves on, loops, and runs each district in turn', () => {
    expect(nextStop(3, 10, null, [])).toEqual({ slide: 4 });
    expect(nextStop(10, 10, null, [])).toEqual({ slide: 1 });
    expect(nextStop(10, 10, ['a', 'b', 'c'], ['a'])).toEqual({ slide: 1, district: 'b' });
    expect(nextStop(10, 10, ['a', 'b', 'c'], ['c'])).toEqual({ slide: 1, district: 'a' });
    expect(nextStop(10, 10, ['a', 'b', 'c'], [])).toEqual({ slide: 1, district: 'a' });
  });
});

describe('talking points', () => {
  it('are the reason sentences of the targets on the slide, as the cards word them', () => {
    const slides = buildSlides(overview, {});
    const ocopTargets = slides.find((s) => s.kind === 'targets' && s.area === 'ocop');
    if (!ocopTargets) throw new Error('no OCOP targets slide');
    const points = talkingPoints(ocopTargets, overview, 'Toàn tỉnh', 'vi');
    const group = overview.groups.find((g) => g.area === 'ocop');
    expect(points).toHaveLength(group?.rows.length ?? -1);
    group?.rows.forEach((r, i) => {
      expect(points[i]).toContain(describeEvaluation(r.evaluation, 'vi', 'Toàn tỉnh', 2025));
      expect(points[i]).toContain(r.evaluation.target.label.vi);
    });
  });
});
