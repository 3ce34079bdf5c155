// The NTM metrics: how many communes, and what share of them, stand at a level or higher in the scope's year.
import type { DocumentIndex } from './document-index';
import { count, ntmCommunes } from './metric-records';
import { share, type MetricDefinition, type Scope } from './metric-types';
import { atLeastLevel } from './ntm-rules';

function ntmLevelMetrics<N extends 'ntm-or-higher' | 'advanced-or-higher' | 'model'>(
  level: 'ntm' | 'advanced' | 'model',
  name: N,
): MetricDefinition[] {
  const countAt = (index: DocumentIndex, scope: Scope) => {
    const list = ntmCommunes(index, scope);
    let n = 0;
    for (const c of list) if (atLeastLevel(c, scope.year, level)) n++;
    return { n, total: list.length };
  };
  return [
    { id: `ntm.${name}-count` as const, area: 'ntm', unit: 'count', kind: 'stock', compute: (i, s) => count(countAt(i, s).n) },
    {
      id: `ntm.${name}-share` as const,
      area: 'ntm',
      unit: 'percent',
      kind: 'stock',
      compute: (i, s) => {
        const { n, total } = countAt(i, s);
        return share(n, total, 'no-communes');
      },
    },
  ];
}

export const NTM_METRICS: readonly MetricDefinition[] = [
  ...ntmLevelMetrics('ntm', 'ntm-or-higher'),
  ...ntmLevelMetrics('advanced', 'advanced-or-higher'),
  ...ntmLevelMetrics('model', 'model'),
];
