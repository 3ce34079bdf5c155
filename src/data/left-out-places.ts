// Where a left-out record would have counted: the region its commune names, as published, when that region
// exists in the document; otherwise anywhere (unplaced). A code published with two different regions places nothing.
import type { RecordBlock } from '../contract/record-blocks';
import { TARGET_AREAS } from '../contract/values';
import { field, str } from './record-schemas';

/** The place (region id, or a target's area) of a published record of a block, by the published regions and communes. */
export function placesOf(arrays: Record<RecordBlock, readonly unknown[]>): (block: RecordBlock, v: unknown) => string | undefined {
  const regionIds = new Set<string>();
  for (const r of arrays.regions) {
    const id = str(field(r, 'id'));
    if (id !== undefined) regionIds.add(id);
  }
  const regionOf = (v: unknown) => {
    const id = str(field(v, 'regionId'));
    return id !== undefined && regionIds.has(id) ? id : undefined;
  };
  const regionOfCommune = new Map<string, string | undefined>();
  for (const c of arrays.communes) {
    const code = str(field(c, 'code'));
    if (code === undefined) continue;
    const region = regionOf(c);
    regionOfCommune.set(code, regionOfCommune.has(code) && regionOfCommune.get(code) !== region ? undefined : region);
  }
  const placeOf = (block: RecordBlock, v: unknown): string | undefined => {
    switch (block) {
      case 'regions':
        return str(field(v, 'id'));
      case 'communes':
      case 'ocop.subjects':
        return regionOf(v);
      case 'ocop.products':
      case 'ntm.communes':
      case 'craftVillages':
        return regionOfCommune.get(str(field(v, 'communeCode')) ?? '');
      case 'targets': {
        const area = str(field(v, 'area'));
        return area !== undefined && (TARGET_AREAS as readonly string[]).includes(area) ? area : undefined;
      }
      default:
        return undefined;
    }
  };
  return placeOf;
}
