// One way to mark the selected regions in a region chart: their labels, for the axis's words and the bands behind them.
import { useCallback, useMemo } from 'react';
import { useViewActions } from '../../state/view-store';
import type { CategoryAxis } from './ticks';

interface Region {
  readonly regionId: string;
  readonly name: string;
}

/**
 * The selected regions among those drawn (by their name on the axis) and what the category axis marks. The bars
 * do not depend on the selection: it is marked through the axis context and bands, so choosing a region does
 * not recompute the bars.
 */
/** The sign before a selected category's name (the same in both languages). */
export const markSelected = (label: string) => `▶ ${label}`;

export function useSelectedRegions(shown: readonly Region[], regionIds: readonly string[], mark = markSelected) {
  const names = useMemo(() => {
    const chosen = new Set(regionIds);
    return shown.filter((r) => chosen.has(r.regionId)).map((r) => r.name);
  }, [shown, regionIds]);
  const axis = useMemo<CategoryAxis>(() => ({ selected: new Set(names), mark }), [names, mark]);
  return { names, axis };
}

/** A bar's click handler that filters the page by the bar's region (rows without a region, "others", do nothing). */
export function useRegionClick() {
  const { setRegions } = useViewActions();
  return useCallback(
    (d: unknown) => {
      const id = (d as { payload?: { regionId?: string } } | undefined)?.payload?.regionId;
      if (id) setRegions([id]);
    },
    [setRegions],
  );
}
