// The craft village metrics: recognised villages, and those with a recognised OCOP product of 3 stars or more.
import { count, villages } from './metric-records';
import type { MetricDefinition } from './metric-types';
import { recognisedStarsAt } from './ocop-rules';

export const CRAFT_METRICS: readonly MetricDefinition[] = [
  {
    id: 'craft.recognised-count',
    area: 'craft-villages',
    unit: 'count',
    kind: 'stock',
    compute: (index, scope) => count(villages(index, scope).filter((v) => v.recognised).length),
  },
  {
    id: 'craft.villages-with-3plus-product',
    area: 'craft-villages',
    unit: 'count',
    kind: 'stock',
    compute(index, scope) {
      let n = 0;
      for (const v of villages(index, scope)) {
        if (!v.recognised) continue;
        const has = v.subjectIds.some((sid) => (index.productsBySubject.get(sid) ?? []).some((p) => recognisedStarsAt(p, scope.year) > 0));
        if (has) n++;
      }
      return count(n);
    },
  },
];
