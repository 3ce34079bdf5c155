// The slide's unit, tied to the screen: 1 at 1080 px on the short side, so every size keeps its proportion at any resolution.
import { useSyncExternalStore } from 'react';

/** The slides are designed on a 1080-unit-high stage (1920 wide at 16:9, 1440 at 4:3). */
export const STAGE_HEIGHT = 1080;
/** Chart components are drawn for the page (12–13 px text); on a slide they are magnified by this much per unit. */
export const CHART_ZOOM = 2.2;

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const size = () => `${window.innerWidth}x${window.innerHeight}`;

/** The window's size as "WxH" (a string, so it can be compared and used as a key). */
export function useWindowSize(): string {
  return useSyncExternalStore(subscribe, size, () => '1920x1080');
}

export function stageUnit(sizeText: string): number {
  const [w, h] = sizeText.split('x').map(Number);
  return Math.min(w ?? STAGE_HEIGHT, h ?? STAGE_HEIGHT) / STAGE_HEIGHT;
}

/** CSS variables every slide size is computed from. */
export function stageStyle(unit: number): Record<string, string> {
  return { '--u': String(unit), '--chart-zoom': String(CHART_ZOOM * unit) };
}
