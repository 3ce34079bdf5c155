// Counting helpers of the sample: what is left of a bag of subject types, and a largest-remainder apportionment.
import type { SubjectType } from '../../src/contract/values';
import { byText } from './prng';

/** The types of `counts` as a list, less one of each type in `minus`. */
export function bag(counts: Record<SubjectType, number>, minus: SubjectType[]): SubjectType[] {
  const left = { ...counts };
  for (const t of minus) left[t]--;
  return (Object.keys(left) as SubjectType[]).flatMap((t) => Array<SubjectType>(left[t]).fill(t));
}

/** Largest-remainder apportionment of `total` over `weights`. */
export function apportion(total: number, weights: Map<string, number>): Map<string, number> {
  const sum = [...weights.values()].reduce((a, b) => a + b, 0);
  const raw = [...weights].map(([k, w]) => ({ k, q: (w * total) / sum }));
  const out = new Map(raw.map(({ k, q }) => [k, Math.floor(q)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const { k } of [...raw].sort((a, b) => (b.q % 1) - (a.q % 1) || byText(a.k, b.k))) {
    if (left-- <= 0) break;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
