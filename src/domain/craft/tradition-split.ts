// Recognised villages by craft, split into traditional and not (the craft chart's stacked bars), and how many crafts.
import type { CraftRow } from './by-craft';

export interface CraftSplitRow extends CraftRow {
  readonly nonTraditional: number;
}

export function splitByTradition(rows: readonly CraftRow[]): CraftSplitRow[] {
  return rows.map((r) => ({ ...r, nonTraditional: r.recognised - r.traditional }));
}

/** Every craft the rows hold, the "other" row counting each of its crafts. */
export const craftCount = (rows: readonly CraftRow[]) => rows.reduce((k, r) => k + r.crafts, 0);
