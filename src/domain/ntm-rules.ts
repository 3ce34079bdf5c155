// A commune's NTM level at the end of a year, from its current level and its history.
import type { NtmCommune } from '../contract/ntm';
import type { NtmLevel } from '../contract/values';

export const LEVEL_RANK: Record<NtmLevel, number> = { none: 0, ntm: 1, advanced: 2, model: 3 };

/**
 * The level a commune held at the end of `year`. The current level applies from `yearRecognised` on
 * (from always, when the year is not given); before it, the latest history entry not after `year`.
 */
export function levelAt(c: NtmCommune, year: number): NtmLevel {
  if (c.yearRecognised === undefined || c.yearRecognised <= year) return c.level;
  let best: { year: number; level: NtmLevel } | undefined;
  for (const h of c.history ?? []) {
    if (h.year <= year && (!best || h.year >= best.year)) best = h;
  }
  return best?.level ?? 'none';
}

export function atLeastLevel(c: NtmCommune, year: number, level: NtmLevel): boolean {
  return LEVEL_RANK[levelAt(c, year)] >= LEVEL_RANK[level];
}
