// Which crafts the recognised villages practise, the largest first, for the by-craft chart.
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import type { Compare } from '../per-document';

// ---------- by craft ----------

export interface CraftRow {
  /** The craft as first written in the data; null for the "other crafts" row. */
  readonly craft: string | null;
  readonly recognised: number;
  readonly traditional: number;
  /** How many crafts the row holds (1, or more for "other"). */
  readonly crafts: number;
}

/** Crafts shown one by one; the rest go into "other". */
export const TOP_CRAFTS = 12;

/**
 * Recognised villages of the regions by craft (the craft text compared without case and outer spaces): the
 * `limit` largest (ties by name), then one "other" row with the rest. Empty when no village is recognised.
 */
export function villagesByCraft(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  compare: Compare,
  limit = TOP_CRAFTS,
): CraftRow[] {
  const groups = new Map<string, { craft: string; recognised: number; traditional: number }>();
  for (const v of collect(index.villagesByRegion, regionsInScope(index, regionIds))) {
    if (!v.recognised) continue;
    const key = v.craft.trim().toLocaleLowerCase('vi');
    let g = groups.get(key);
    if (!g) {
      g = { craft: v.craft.trim(), recognised: 0, traditional: 0 };
      groups.set(key, g);
    }
    g.recognised++;
    if (v.traditional) g.traditional++;
  }
  const sorted = [...groups.values()].sort((a, b) => b.recognised - a.recognised || compare(a.craft, b.craft));
  const rows: CraftRow[] = sorted.slice(0, limit).map((g) => ({ ...g, crafts: 1 }));
  const rest = sorted.slice(limit);
  if (rest.length > 0) {
    rows.push({
      craft: null,
      recognised: rest.reduce((n, g) => n + g.recognised, 0),
      traditional: rest.reduce((n, g) => n + g.traditional, 0),
      crafts: rest.length,
    });
  }
  return rows;
}
