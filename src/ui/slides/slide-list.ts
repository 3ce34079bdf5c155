// Which slides a deck has for a view: a title, then per area its targets (as many pages as fit) and its key charts, then the map.
import { TARGET_AREAS } from '../../contract/values';
import type { TargetArea } from '../../contract/values';
import type { Overview } from '../../domain/overview';

export const CHART_SLIDES = {
  ocop: ['ocop-stars', 'ocop-rated', 'ocop-regions'],
  ntm: ['ntm-regions', 'ntm-progress'],
  'craft-villages': ['craft-year', 'craft-regions'],
} as const satisfies Record<TargetArea, readonly string[]>;

export type ChartSlideId = (typeof CHART_SLIDES)[TargetArea][number] | 'map';

export type SlideSpec =
  | { readonly kind: 'title' }
  | {
      readonly kind: 'targets';
      readonly area: TargetArea;
      readonly targetIds: readonly string[];
      /** 1-based page of this area's targets, and how many pages they take. */
      readonly page: number;
      readonly pages: number;
    }
  | { readonly kind: 'chart'; readonly area: TargetArea | 'map'; readonly chart: ChartSlideId };

/** Target ids per page, per area; an area missing here gets all its targets on one page. */
export type TargetPages = Partial<Record<TargetArea, readonly (readonly string[])[]>>;

export const TITLE_SLIDE: SlideSpec = { kind: 'title' };

export function buildSlides(overview: Overview, pages: TargetPages): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title' }];
  for (const area of TARGET_AREAS) {
    const group = overview.groups.find((g) => g.area === area);
    if (group) {
      const ids = group.rows.map((r) => r.evaluation.target.id);
      const split = validPages(pages[area], ids) ?? [ids];
      split.forEach((targetIds, i) => slides.push({ kind: 'targets', area, targetIds, page: i + 1, pages: split.length }));
    }
    for (const chart of CHART_SLIDES[area]) slides.push({ kind: 'chart', area, chart });
  }
  slides.push({ kind: 'chart', area: 'map', chart: 'map' });
  return slides;
}

/** Pages measured for an earlier view are used only if they hold exactly this view's targets, in order. */
function validPages(pages: readonly (readonly string[])[] | undefined, ids: readonly string[]) {
  if (!pages || pages.some((p) => p.length === 0)) return undefined;
  const flat = pages.flat();
  return flat.length === ids.length && flat.every((id, i) => id === ids[i]) ? pages : undefined;
}

/** The slide's short name for the hint and the presenter view ("OCOP 2/3"). */
export function slideKey(s: SlideSpec): string {
  return s.kind === 'title' ? 'title' : s.kind === 'targets' ? `${s.area}-targets-${s.page}` : s.chart;
}
