import { describe, expect, it } from 'vitest';
import { buildSmallDocument, SMALL_TARGETS } from '../../../mocks/fixtures/small-document';
import type { Target } from '../../contract/targets';
import { indexDocument } from '../document-index';
import { ntmTargetLines } from './target-lines';

describe('ntmTargetLines', () => {
  const share: Target = { ...SMALL_TARGETS[2]!, id: 'adv-share', metric: 'ntm.advanced-or-higher-share', unit: 'percent', value: 20 };
  const model: Target = { ...SMALL_TARGETS[2]!, id: 'model', metric: 'ntm.model-count', value: 2 };
  const wrongUnit: Target = { ...SMALL_TARGETS[2]!, id: 'wrong', metric: 'ntm.model-share', unit: 'count' };
  it.each([
    // targets, count lines "id:series", share lines
    [SMALL_TARGETS, ['advanced:advancedOrHigher'], []], // the OCOP and craft targets are not drawn here
    [[...SMALL_TARGETS, share, model, wrongUnit], ['advanced:advancedOrHigher', 'model:model'], ['adv-share:advancedOrHigher']],
    [[], [], []],
  ] as const)('%#', (targets, count, shares) => {
    const lines = ntmTargetLines(indexDocument(buildSmallDocument({ targets: [...targets] })));
    expect(lines.count.map((l) => `${l.target.id}:${l.series}`)).toEqual(count);
    expect(lines.share.map((l) => `${l.target.id}:${l.series}`)).toEqual(shares);
  });
});
