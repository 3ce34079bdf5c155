// Which recognised villages have a 3★+ product at the end of a year, and which products, for the village list.
import { collect, regionsInScope, type DocumentIndex } from '../document-index';
import { namesOf } from '../names';
import { recognisedStarsAt } from '../ocop-rules';
import type { Compare } from '../per-document';

export interface VillageProduct {
  readonly id: string;
  readonly name: string;
  /** Stars it counts with at the end of the year (3–5). */
  readonly stars: number;
}

export interface VillageWithProducts {
  readonly id: string;
  readonly name: string;
  readonly craft: string;
  readonly communeName: string;
  readonly regionName: string;
  /** Most stars first, then by name. */
  readonly products: readonly VillageProduct[];
}

/**
 * The recognised villages of the regions whose subjects have a product valid at the end of `year` (the villages
 * the metric counts), each with those products; sorted by village name.
 */
export function villagesWithProducts(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  year: number,
  compare: Compare,
): VillageWithProducts[] {
  const names = namesOf(index);
  const rows: VillageWithProducts[] = [];
  for (const v of collect(index.villagesByRegion, regionsInScope(index, regionIds))) {
    if (!v.recognised) continue;
    const seen = new Set<string>();
    const products: VillageProduct[] = [];
    for (const sid of v.subjectIds) {
      for (const p of index.productsBySubject.get(sid) ?? []) {
        const stars = recognisedStarsAt(p, year);
        if (stars === 0 || seen.has(p.id)) continue;
        seen.add(p.id);
        products.push({ id: p.id, name: p.name, stars });
      }
    }
    if (products.length === 0) continue;
    products.sort((a, b) => b.stars - a.stars || compare(a.name, b.name));
    const regionId = index.regionOfCommune.get(v.communeCode) ?? '';
    rows.push({
      id: v.id,
      name: v.name,
      craft: v.craft,
      communeName: names.commune.get(v.communeCode) ?? v.communeCode,
      regionName: names.region.get(regionId) ?? regionId,
      products,
    });
  }
  return rows.sort((a, b) => compare(a.name, b.name) || compare(a.communeName, b.communeName));
}
