// How the sample's drafts become the published records: ids in order of first rating, then subjects and products.
import type { Product, Subject } from '../../src/contract/ocop';
import type { ProductGroup, SubjectType } from '../../src/contract/values';
import type { NamedKey } from './ocop-figures';
import type { StoryKind } from './ocop-plan';
import type { Rating } from './ocop-ratings';
import { byText } from './prng';
import type { RefCommune } from './reference';

export interface Slot {
  key: number;
  kind: StoryKind;
  district: string;
  group: ProductGroup;
  name?: string;
  rating?: Rating;
  subject?: Draft;
}
export interface Draft {
  named?: NamedKey;
  district: string;
  type?: SubjectType;
  commune?: RefCommune;
  early: boolean;
  slots: Slot[];
  id?: string;
  /** A seafood producer (coastal districts). */
  sea?: boolean;
}

export interface OcopBuild {
  subjects: Subject[];
  products: Product[];
  /** Subject ids of the named producers, for the craft-village links. */
  named: Record<NamedKey, string>;
}

/** The records of the drafts: `nameOf` gives each subject's name, `modern` those on modern channels. */
export function publish(slots: Slot[], drafts: Map<NamedKey, Draft>, nameOf: Map<Draft, string>, modern: Set<Draft>): OcopBuild {
  const ordered = [...slots].sort((a, b) => byText(a.rating!.firstDate, b.rating!.firstDate) || a.key - b.key);
  const subjectOrder: Draft[] = [];
  for (const s of ordered)
    if (!s.subject!.id) subjectOrder.push(Object.assign(s.subject!, { id: `S${String(subjectOrder.length + 1).padStart(3, '0')}` }));
  const subjects: Subject[] = subjectOrder.map((d) => ({
    id: d.id!,
    name: nameOf.get(d)!,
    type: d.type!,
    regionId: d.district,
    communeCode: d.commune!.code,
    modernChannels: modern.has(d),
  }));
  const products: Product[] = ordered.map((s, i) => {
    const r = s.rating!;
    return {
      id: `P${String(i + 1).padStart(4, '0')}`,
      name: s.name!,
      group: s.group,
      subjectId: s.subject!.id!,
      communeCode: s.subject!.commune!.code,
      stars: r.stars,
      ratingYear: r.ratingYear,
      ...(r.firstRecognisedYear !== undefined ? { firstRecognisedYear: r.firstRecognisedYear } : {}),
      ...(r.previousStars !== undefined ? { previousStars: r.previousStars } : {}),
      decisionDate: r.decisionDate,
      ...(r.expiryDate !== undefined ? { expiryDate: r.expiryDate } : {}),
      status: r.status,
    };
  });
  const named = Object.fromEntries([...drafts].map(([k, d]) => [k, d.id!])) as Record<NamedKey, string>;
  return { subjects, products, named };
}
