// Indexes a validated document once, so filters and metrics touch only the records of the selected regions.
import type { CraftVillage } from '../contract/craft';
import type { DashboardDocument } from '../contract/document';
import type { NtmCommune } from '../contract/ntm';
import type { Product, Subject } from '../contract/ocop';
import { finish, forEachInSteps, type Steps } from './steps';

export interface DocumentIndex {
  readonly doc: DashboardDocument;
  readonly regionIds: readonly string[];
  readonly regionOfCommune: ReadonlyMap<string, string>;
  readonly productsByRegion: ReadonlyMap<string, readonly Product[]>;
  readonly subjectsByRegion: ReadonlyMap<string, readonly Subject[]>;
  readonly ntmByRegion: ReadonlyMap<string, readonly NtmCommune[]>;
  readonly villagesByRegion: ReadonlyMap<string, readonly CraftVillage[]>;
  readonly productsBySubject: ReadonlyMap<string, readonly Product[]>;
  /**
   * The years a view can show, ascending: every year from the earliest any record dates (a rating, a first
   * recognition, an NTM recognition or history entry, a craft village's recognition) to the as-of year.
   */
  readonly years: readonly number[];
  /** The earliest year an OCOP product was rated or first recognised (undefined without products). */
  readonly firstProductYear: number | undefined;
  readonly asOfYear: number;
}

const cache = new WeakMap<DashboardDocument, DocumentIndex>();

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Records handled between two pauses while indexing (about 5 ms at 4× CPU slowdown). */
export const RECORDS_PER_STEP = 1000;

/** Builds (once per document object) the lookup tables every metric uses. */
export function indexDocument(doc: DashboardDocument): DocumentIndex {
  return cache.get(doc) ?? finish(indexDocumentSteps(doc));
}

/** The same, in steps of a few thousand records (a national document takes a few hundred ms at 4× CPU). */
export function* indexDocumentSteps(doc: DashboardDocument): Steps<DocumentIndex> {
  const cached = cache.get(doc);
  if (cached) return cached;

  const regionIds = doc.regions.map((r) => r.id);
  const regionOfCommune = new Map<string, string>();
  for (const c of doc.communes) regionOfCommune.set(c.code, c.regionId);

  const subjectRegion = new Map<string, string>();
  const subjectsByRegion = new Map<string, Subject[]>();
  yield* forEachInSteps(doc.ocop.subjects, RECORDS_PER_STEP, (s) => {
    subjectRegion.set(s.id, s.regionId);
    push(subjectsByRegion, s.regionId, s);
  });

  const years = new Set<number>();
  const asOfYear = Number(doc.meta.asOf.slice(0, 4));
  years.add(asOfYear);

  const productsByRegion = new Map<string, Product[]>();
  const productsBySubject = new Map<string, Product[]>();
  yield* forEachInSteps(doc.ocop.products, RECORDS_PER_STEP, (p) => {
    const region = regionOfCommune.get(p.communeCode) ?? subjectRegion.get(p.subjectId);
    if (region !== undefined) push(productsByRegion, region, p);
    push(productsBySubject, p.subjectId, p);
    years.add(p.ratingYear);
    if (p.firstRecognisedYear !== undefined) years.add(p.firstRecognisedYear);
  });
  let productYears: number | undefined;
  if (doc.ocop.products.length > 0) for (const y of years) if (productYears === undefined || y < productYears) productYears = y;

  const ntmByRegion = new Map<string, NtmCommune[]>();
  yield* forEachInSteps(doc.ntm.communes, RECORDS_PER_STEP, (n) => {
    const region = regionOfCommune.get(n.communeCode);
    if (region !== undefined) push(ntmByRegion, region, n);
    if (n.yearRecognised !== undefined) years.add(n.yearRecognised);
    if (n.history) for (const h of n.history) years.add(h.year);
  });

  const villagesByRegion = new Map<string, CraftVillage[]>();
  yield* forEachInSteps(doc.craftVillages, RECORDS_PER_STEP, (v) => {
    const region = regionOfCommune.get(v.communeCode);
    if (region !== undefined) push(villagesByRegion, region, v);
    if (v.recognisedYear !== undefined) years.add(v.recognisedYear);
  });
  let first = asOfYear;
  for (const y of years) if (y < first) first = y;
  const offered: number[] = [];
  for (let y = first; y <= asOfYear; y++) offered.push(y);

  const index: DocumentIndex = {
    doc,
    regionIds,
    regionOfCommune,
    productsByRegion,
    subjectsByRegion,
    ntmByRegion,
    villagesByRegion,
    productsBySubject,
    years: offered,
    firstProductYear: productYears,
    asOfYear,
  };
  cache.set(doc, index);
  return index;
}

/** The regions a view covers: null or an empty list means the whole province. */
const knownRegions = new WeakMap<DocumentIndex, ReadonlySet<string>>();

export function regionsInScope(index: DocumentIndex, regionIds: readonly string[] | null): readonly string[] {
  if (!regionIds || regionIds.length === 0) return index.regionIds;
  let known = knownRegions.get(index);
  if (!known) {
    known = new Set(index.regionIds);
    knownRegions.set(index, known);
  }
  const set = known;
  return regionIds.filter((id) => set.has(id));
}

export function collect<T>(byRegion: ReadonlyMap<string, readonly T[]>, regions: readonly string[]): T[] {
  const out: T[] = [];
  for (const r of regions) {
    const list = byRegion.get(r);
    if (list) for (const item of list) out.push(item);
  }
  return out;
}
