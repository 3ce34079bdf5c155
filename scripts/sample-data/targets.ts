// The sample's targets for 2025 (and one district's for 2024), with the sources that set them.
import type { Target } from '../../src/contract/targets';
import { S } from './sources';

const DEADLINE = '2025-12-31';
const seedSource = { name: S.seed.name, url: S.seed.url, note: S.seed.note };
const plan = { name: S.plan2023.name, note: S.plan2023.note };
const resolution = { name: S.resolution2021.name, note: S.resolution2021.note };

type Label = Target['label'];
/** What a target asks: metric, comparison, value (and the upper end of a range), unit. */
type Rule = readonly [metric: string, comparison: Target['comparison'], value: number, unit: Target['unit'], valueMax?: number];

const LABELS = {
  'ocop-2025-rated-3plus': l(
    'Trên 80% sản phẩm đăng ký đánh giá đạt từ 3 sao trở lên',
    'More than 80% of products rated reach 3 stars or more',
  ),
  'ocop-2025-five-star': l('Ít nhất 1 sản phẩm đạt 5 sao cấp quốc gia', 'At least one product rated 5 stars (national level)'),
  'ocop-2025-maintained': l(
    '50% sản phẩm OCOP đã công nhận được duy trì hoặc nâng hạng',
    '50% of recognised OCOP products maintained or upgraded',
  ),
  'ocop-2025-subjects': l(
    'Củng cố, phát triển 60–70 tổ chức kinh tế và hộ sản xuất tham gia OCOP',
    '60–70 economic organisations and households consolidated or developed for OCOP',
  ),
  'ocop-2025-modern-channels': l(
    'Ít nhất 50% chủ thể OCOP bán hàng qua kênh hiện đại',
    'At least 50% of OCOP subjects sell through modern channels',
  ),
  'ocop-2025-craft-villages': l(
    '1–2 làng nghề có cơ sở sản xuất sản phẩm đạt OCOP 3 sao trở lên',
    '1–2 craft villages with a producer whose product is rated 3 stars or more',
  ),
  'ntm-2025-advanced-120': l('Ít nhất 120 xã đạt chuẩn NTM nâng cao', 'At least 120 communes at the advanced NTM level'),
  'ntm-2025-model-12': l('Ít nhất 12 xã đạt chuẩn NTM kiểu mẫu', 'At least 12 model NTM communes'),
  'ntm-2025-advanced-share-20': l('Trên 20% số xã đạt chuẩn NTM nâng cao', 'More than 20% of communes at the advanced NTM level'),
  'ntm-2025-model-share-10': l('Ít nhất 10% số xã đạt chuẩn NTM kiểu mẫu', 'At least 10% of communes at the model NTM level'),
  'ntm-2024-vu-thu-advanced-8': l(
    'Huyện Vũ Thư: 8 xã đạt chuẩn NTM nâng cao trong năm 2024',
    'Vũ Thư district: 8 communes reach the advanced NTM level in 2024',
  ),
} as const satisfies Record<string, Label>;
type Id = keyof typeof LABELS;

function l(vi: string, en: string): Label {
  return { vi, en };
}

/** A target, key by key in the order the document has always written them. */
function target(
  id: Id,
  area: Target['area'],
  rule: Rule,
  rest: Pick<Target, 'baseline' | 'regionIds' | 'source'> & { deadline?: string },
): Target {
  const [metric, comparison, value, unit, valueMax] = rule;
  const label = LABELS[id];
  const asks = { metric, comparison, value, ...(valueMax !== undefined && { valueMax }), unit };
  const baseline = rest.baseline && { baseline: rest.baseline };
  const deadline = rest.deadline ?? DEADLINE;
  // OCOP targets were written with the area after the baseline; NTM ones with the area after the label.
  if (area === 'ocop') return { id, label, ...asks, ...baseline, area, deadline, source: rest.source };
  const regionIds = rest.regionIds && { regionIds: rest.regionIds };
  return { id, label, area, ...asks, deadline, ...baseline, ...regionIds, source: rest.source };
}

export function targets(): Target[] {
  const from2021 = { value: 0, date: '2021-01-01' };
  return [
    target('ocop-2025-rated-3plus', 'ocop', ['ocop.rated-3plus-share', 'moreThan', 80, 'percent'], { source: seedSource }),
    target('ocop-2025-five-star', 'ocop', ['ocop.five-star-count', 'atLeast', 1, 'count'], { baseline: from2021, source: seedSource }),
    target('ocop-2025-maintained', 'ocop', ['ocop.maintained-upgraded-share', 'atLeast', 50, 'percent'], { source: seedSource }),
    target('ocop-2025-subjects', 'ocop', ['ocop.subjects-developed-count', 'between', 60, 'count', 70], { source: seedSource }),
    target('ocop-2025-modern-channels', 'ocop', ['ocop.modern-channel-subject-share', 'atLeast', 50, 'percent'], { source: seedSource }),
    target('ocop-2025-craft-villages', 'craft-villages', ['craft.villages-with-3plus-product', 'between', 1, 'count', 2], {
      source: seedSource,
    }),
    target('ntm-2025-advanced-120', 'ntm', ['ntm.advanced-or-higher-count', 'atLeast', 120, 'count'], {
      baseline: { value: 15, date: '2022-01-31' },
      source: plan,
    }),
    target('ntm-2025-model-12', 'ntm', ['ntm.model-count', 'atLeast', 12, 'count'], {
      baseline: { value: 0, date: '2022-01-31' },
      source: plan,
    }),
    target('ntm-2025-advanced-share-20', 'ntm', ['ntm.advanced-or-higher-share', 'moreThan', 20, 'percent'], { source: resolution }),
    target('ntm-2025-model-share-10', 'ntm', ['ntm.model-share', 'atLeast', 10, 'percent'], { source: resolution }),
    // A district's own plan (contract 1.1): Vũ Thư had no advanced commune before 2024, so "8 communes reach
    // the advanced level in 2024" is 8 advanced communes at the end of 2024, from 0 at its start.
    target('ntm-2024-vu-thu-advanced-8', 'ntm', ['ntm.advanced-or-higher-count', 'atLeast', 8, 'count'], {
      deadline: '2024-12-31',
      baseline: { value: 0, date: '2024-01-01' },
      regionIds: ['344'],
      source: { name: S.ntmNews.name, url: S.ntmNews.url, date: '2024-03-29', note: 'Vũ Thư phấn đấu 8 xã NTM nâng cao năm 2024.' },
    }),
  ];
}
