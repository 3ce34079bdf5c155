// What a valid document holds, for the validator's summary: counts per block, the as-of date and the geography.
import type { DashboardDocument } from '../../src/contract/document';

export interface DocumentSummary {
  readonly title: string;
  readonly province: { readonly code: string; readonly name: string };
  readonly asOf: string;
  readonly sample: boolean;
  readonly geography: {
    readonly label: string;
    readonly regionLevel: string;
    readonly validFrom?: string;
    readonly validUntil?: string;
    readonly regionsWithOutline: number;
  };
  readonly counts: {
    readonly regions: number;
    readonly communes: number;
    readonly subjects: number;
    readonly products: number;
    readonly criteriaSets: number;
    readonly ntmCommunes: number;
    readonly craftVillages: number;
    readonly targets: number;
  };
}

export function summarise(doc: DashboardDocument, locale: 'vi' | 'en'): DocumentSummary {
  const g = doc.meta.geography;
  return {
    title: doc.meta.title,
    province: { code: doc.meta.province.code, name: doc.meta.province.name },
    asOf: doc.meta.asOf,
    sample: doc.meta.sample,
    geography: {
      label: g.label,
      regionLevel: (locale === 'en' && g.regionLevel.en) || g.regionLevel.vi,
      ...(g.validFrom ? { validFrom: g.validFrom } : {}),
      ...(g.validUntil ? { validUntil: g.validUntil } : {}),
      regionsWithOutline: doc.regions.filter((r) => r.geometry).length,
    },
    counts: {
      regions: doc.regions.length,
      communes: doc.communes.length,
      subjects: doc.ocop.subjects.length,
      products: doc.ocop.products.length,
      criteriaSets: doc.ntm.criteriaSets.length,
      ntmCommunes: doc.ntm.communes.length,
      craftVillages: doc.craftVillages.length,
      targets: doc.targets.length,
    },
  };
}
