// The reference geography of Thái Bình (GSO units and government boundaries, via daohoangson/dvhcvn), read from
// data/reference/ (copied into the repository with its provenance note) and copied into the sample document.
import adminUnits from '../../data/reference/thai-binh-admin-units-2025.json';
import boundaries from '../../data/reference/thai-binh-district-boundaries-2025.json';
import type { Commune, Geometry, Region } from '../../src/contract/places';

export interface RefCommune {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly regionId: string;
  /** The name without its unit word ("Xã Vũ Lễ" → "Vũ Lễ"), spaces collapsed, for building other names. */
  readonly short: string;
}

export interface RefDistrict {
  readonly code: string;
  readonly name: string;
  readonly type: string;
  readonly communes: readonly RefCommune[];
}

export const PROVINCE = { code: adminUnits.province.code, name: adminUnits.province.name };

const UNIT_WORD = /^(Xã|Phường|Thị trấn)\s+/;

export const DISTRICTS: readonly RefDistrict[] = adminUnits.districts.map((d) => ({
  code: d.code,
  name: d.name,
  type: d.type,
  communes: d.communes.map((c) => ({
    code: c.code,
    name: c.name,
    type: c.type,
    regionId: d.code,
    short: c.name.replace(UNIT_WORD, '').replace(/\s+/g, ' ').trim(),
  })),
}));

export const ALL_COMMUNES: readonly RefCommune[] = DISTRICTS.flatMap((d) => d.communes);
const BY_CODE = new Map(ALL_COMMUNES.map((c) => [c.code, c]));

/** A commune by GSO code; throws on an unknown code, so a typo in a named record fails the build. */
export function commune(code: string): RefCommune {
  const c = BY_CODE.get(code);
  if (!c) throw new Error(`unknown commune code ${code}`);
  return c;
}

/** A commune by district and name (names repeat across districts, so the district is required). */
export function communeByName(districtCode: string, name: string): RefCommune {
  const d = DISTRICTS.find((x) => x.code === districtCode);
  const c = d?.communes.find((x) => x.name === name);
  if (!c) throw new Error(`no ${name} in district ${districtCode}`);
  return c;
}

export function regions(): Region[] {
  return DISTRICTS.map((d) => {
    const b = boundaries.level2s.find((x) => x.level2_id === d.code);
    if (!b) throw new Error(`no boundary for district ${d.code}`);
    const geometry = { type: b.type, coordinates: b.coordinates } as Geometry;
    return { id: d.code, name: d.name, type: d.type, geometry };
  });
}

export function communes(): Commune[] {
  return ALL_COMMUNES.map((c) => ({ code: c.code, name: c.name, type: c.type, regionId: c.regionId }));
}

export const GEOGRAPHY_SOURCES = {
  admin: { note: adminUnits.source, dataDate: adminUnits.dataDate },
  boundaries: { note: boundaries.source, dataDate: boundaries.dataDate },
};
