// The OCOP product table: one ready row per product of the selected regions, and its sorting (filters: ocop/product-filter).
import type { Product } from '../contract/ocop';
import type { ProductGroup, ProductStatus, SubjectType } from '../contract/values';
import { regionsInScope, type DocumentIndex } from './document-index';
import { expiresWithin, recognisedStarsAt } from './ocop-rules';
import { subjectsById } from './ocop/subjects';
import { namesOf } from './names';
import { compareId, memoised as memoisedIn, memoisedSteps, scopeKey, sortName, type Compare } from './per-document';
import { regionOrderSteps } from './ntm/name-order';
import { sortInSteps } from './sort-in-steps';
import { finish, type Steps } from './steps';
import { sortByValue, type SortDirection } from './sort-rows';

const memoised = <T>(index: DocumentIndex, key: string, compute: () => T): T => memoisedIn(index, `products|${key}`, compute);

/** Certificates expiring within this many months after the document's as-of date are flagged. */
export const EXPIRY_WINDOW_MONTHS = 12;

export interface ProductRow {
  readonly id: string;
  readonly name: string;
  readonly group: ProductGroup;
  readonly subjectName: string;
  readonly subjectType?: SubjectType;
  readonly communeCode: string;
  readonly communeName: string;
  readonly regionId: string;
  readonly regionName: string;
  /** Stars of the latest rating (1–5). */
  readonly stars: number;
  /** Stars it holds as a recognised OCOP product at the end of the as-of year; 0 when not recognised. */
  readonly recognisedStars: number;
  readonly ratingYear: number;
  readonly status: ProductStatus;
  readonly expiryDate?: string;
  /** The certificate expires within EXPIRY_WINDOW_MONTHS after the as-of date (recognised products only). */
  readonly expiring: boolean;
}

function rowFor(index: DocumentIndex, p: Product, regionId: string, regionName: string, windowEnd: string): ProductRow {
  const asOf = index.doc.meta.asOf;
  // ISO dates compare as strings: only a certificate ending inside the window needs the full rule.
  const expiring =
    p.expiryDate !== undefined && p.expiryDate >= asOf && p.expiryDate <= windowEnd && expiresWithin(p, asOf, EXPIRY_WINDOW_MONTHS);
  const subject = subjectsById(index).get(p.subjectId);
  return {
    id: p.id,
    name: p.name,
    group: p.group,
    subjectName: subject?.name ?? p.subjectId,
    subjectType: subject?.type,
    communeCode: p.communeCode,
    communeName: namesOf(index).commune.get(p.communeCode) ?? p.communeCode,
    regionId,
    regionName,
    stars: p.stars,
    recognisedStars: recognisedStarsAt(p, index.asOfYear),
    ratingYear: p.ratingYear,
    status: p.status,
    expiryDate: p.expiryDate,
    expiring,
  };
}

/**
 * The products of the regions (empty/null = all) as the document describes them on its as-of date, in region
 * order. Each region's rows are built once per document and kept, so a new selection only gathers them.
 */
export function productRows(index: DocumentIndex, regionIds: readonly string[] | null): readonly ProductRow[] {
  const rows: ProductRow[] = [];
  for (const regionId of regionsInScope(index, regionIds)) {
    const own = memoised(index, `product-rows|${regionId}`, () => {
      const regionName = namesOf(index).region.get(regionId) ?? regionId;
      const windowEnd = expiryWindowEnd(index);
      return (index.productsByRegion.get(regionId) ?? []).map((p) => rowFor(index, p, regionId, regionName, windowEnd));
    });
    for (const r of own) rows.push(r);
  }
  return rows;
}

/** The last day of the expiry window: the as-of date plus EXPIRY_WINDOW_MONTHS (ISO date). */
export function expiryWindowEnd(index: DocumentIndex): string {
  const d = new Date(Date.parse(`${index.doc.meta.asOf}T00:00:00Z`));
  d.setUTCMonth(d.getUTCMonth() + EXPIRY_WINDOW_MONTHS);
  return d.toISOString().slice(0, 10);
}

export const PRODUCT_SORT_KEYS = ['name', 'stars', 'ratingYear', 'region', 'expiry'] as const;
export type ProductSortKey = (typeof PRODUCT_SORT_KEYS)[number];

export interface ProductOrder {
  /** Product id → its place by name (then commune name, then id). */
  readonly product: ReadonlyMap<string, number>;
  /** Region id → its place by name. */
  readonly region: ReadonlyMap<string, number>;
}

/**
 * Alphabetical places of products and regions, sorted once per document and collation, so that sorting a view
 * compares numbers, not strings.
 */
export function productOrder(index: DocumentIndex, compare: Compare): ProductOrder {
  return finish(productOrderSteps(index, compare));
}

/** The same in steps (a national document's 18,000 names take about 230 ms to sort at 4× CPU). */
export function productOrderSteps(index: DocumentIndex, compare: Compare): Steps<ProductOrder> {
  return memoisedSteps(index, `products|product-order|${compareId(compare)}`, function* () {
    const communes = namesOf(index).commune;
    const region = yield* regionOrderSteps(index, compare);
    const products = yield* sortInSteps(
      index.doc.ocop.products.map((p) => ({ id: p.id, name: sortName(p.name), commune: sortName(communes.get(p.communeCode) ?? '') })),
      (a, b) => compare(a.name, b.name) || compare(a.commune, b.commune) || (a.id < b.id ? -1 : 1),
    );
    return { product: new Map(products.map((p, i) => [p.id, i])), region };
  });
}

const expiryTime = (r: ProductRow) => (r.expiryDate === undefined ? undefined : Date.parse(`${r.expiryDate}T00:00:00Z`));

/**
 * Rows sorted by a column; ties by name (ascending, or in the chosen direction when sorting by name). Stars sort
 * by the recognised stars, then the rated stars (a lapsed 3★ after a current 3★). A product without an expiry
 * date sorts last in both directions.
 */
export function sortProductRows(
  rows: readonly ProductRow[],
  key: ProductSortKey,
  direction: SortDirection,
  order: ProductOrder,
): ProductRow[] {
  const value = (r: ProductRow): number | undefined => {
    switch (key) {
      case 'name':
        return 0;
      case 'stars':
        return r.recognisedStars * 10 + r.stars;
      case 'ratingYear':
        return r.ratingYear;
      case 'region':
        return order.region.get(r.regionId) ?? order.region.size;
      case 'expiry':
        return expiryTime(r);
    }
  };
  return sortByValue(rows, value, (row) => order.product.get(row.id) ?? order.product.size, direction, key === 'name');
}

/**
 * The products of the regions sorted by a column, kept per document, selection and order: filtering keeps the
 * order, so a view sorts once and every search or filter after that is a single pass.
 */
export function sortedProductRows(
  index: DocumentIndex,
  regionIds: readonly string[] | null,
  key: ProductSortKey,
  direction: SortDirection,
  compare: Compare,
): readonly ProductRow[] {
  const cacheKey = `product-sorted|${key}|${direction}|${compareId(compare)}|${scopeKey(index, regionIds)}`;
  return memoised(index, cacheKey, () => sortProductRows(productRows(index, regionIds), key, direction, productOrder(index, compare)));
}
