// Which of the document's targets the NTM progress charts draw as goal lines, and on which series.
import type { Target } from '../../contract/targets';
import type { DocumentIndex } from '../document-index';
import { metricOf, type MetricId } from '../metrics';
import type { NtmSeries } from './progress';

const COUNT_METRICS: Partial<Record<MetricId, NtmSeries>> = {
  'ntm.ntm-or-higher-count': 'ntmOrHigher',
  'ntm.advanced-or-higher-count': 'advancedOrHigher',
  'ntm.model-count': 'model',
};
const SHARE_METRICS: Partial<Record<MetricId, NtmSeries>> = {
  'ntm.ntm-or-higher-share': 'ntmOrHigher',
  'ntm.advanced-or-higher-share': 'advancedOrHigher',
  'ntm.model-share': 'model',
};

export interface NtmTargetLine {
  readonly target: Target;
  readonly series: NtmSeries;
}

/** The document's targets on an NTM level metric the progress charts draw, split by unit (a mismatched unit is left out). */
export function ntmTargetLines(index: DocumentIndex): { readonly count: NtmTargetLine[]; readonly share: NtmTargetLine[] } {
  const count: NtmTargetLine[] = [];
  const share: NtmTargetLine[] = [];
  for (const target of index.doc.targets) {
    const metric = metricOf(target);
    const c = metric && COUNT_METRICS[metric];
    const s = metric && SHARE_METRICS[metric];
    if (c && target.unit === 'count') count.push({ target, series: c });
    if (s && target.unit === 'percent') share.push({ target, series: s });
  }
  return { count, share };
}
