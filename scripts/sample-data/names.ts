// Realistic Vietnamese names for sample OCOP subjects and products (illustrative, not real records).
import type { ProductGroup, SubjectType } from '../../src/contract/values';
import { COASTAL_FOOD, PRODUCT_BASES } from './product-words';
import type { Rng } from './prng';
import { BRANDS, COASTAL_COOP, FAMILY, FEMALE, MALE, SEA_ENTERPRISE_PREFIX, SUBJECT_WORDS } from './subject-words';

/** Hands out names that are unique within one document. */
export class Namer {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  reserve(name: string): string {
    if (this.used.has(name)) throw new Error(`duplicate name ${name}`);
    this.used.add(name);
    return name;
  }

  private first(candidates: () => string, tries = 40): string {
    for (let i = 0; i < tries; i++) {
      const n = candidates();
      if (!this.used.has(n)) return this.reserve(n);
    }
    let k = 2;
    const base = candidates();
    while (this.used.has(`${base} ${k}`)) k++;
    return this.reserve(`${base} ${k}`);
  }

  /** `sea`: a seafood producer of the coast (Thái Thụy, Tiền Hải). */
  subject(type: SubjectType, group: ProductGroup, sea: boolean, place: string): string {
    const r = this.rng;
    switch (type) {
      case 'enterprise':
        return this.first(() => {
          const form = r.weighted(['Công ty TNHH', 'Công ty CP', 'Công ty TNHH MTV'], (f) =>
            f === 'Công ty TNHH' ? 6 : f === 'Công ty CP' ? 3 : 2,
          );
          return `${form} ${r.pick(sea ? SEA_ENTERPRISE_PREFIX : SUBJECT_WORDS[group].enterprise)} ${r.pick(BRANDS)}`;
        });
      case 'cooperative': {
        return this.first(() => `HTX ${r.pick(sea ? COASTAL_COOP : SUBJECT_WORDS[group].cooperative)} ${place}`);
      }
      case 'household':
        return this.first(() => `Hộ kinh doanh ${r.pick(FAMILY)} ${r.chance(0.6) ? r.pick(MALE) : r.pick(FEMALE)}`);
      case 'cooperative-group':
        return this.first(() => `Tổ hợp tác ${r.pick(SUBJECT_WORDS[group].group)} ${place}`);
    }
  }

  product(group: ProductGroup, sea: boolean, place: string): string {
    const bases = group === 'food' && sea ? COASTAL_FOOD : PRODUCT_BASES[group];
    return this.first(() => `${this.rng.pick(bases)} ${place}`);
  }
}
