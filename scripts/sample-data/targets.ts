// The sample's targets for 2025 (and one district's for 2024), with the sources that set them.
import type { Target } from '../../src/contract/targets';
import { S } from './sources';

const DEADLINE = '2025-12-31';
const seedSource = { name: S.seed.name, url: S.seed.url, note: S.seed.note };

export function targets(): Target[] {
  const ocop = (t: Pick<Target, 'id' | 'label' | 'metric' | 'comparison' | 'value' | 'valueMax' | 'unit' | 'baseline'>): Target => ({
    ...t,
    area: 'ocop',
    deadline: DEADLINE,
    source: seedSource,
  });
  // An NTM target: key by key in the order the document has always written them.
  const ntm = (t: Pick<Target, 'id' | 'label' | 'metric' | 'comparison' | 'value' | 'unit' | 'baseline' | 'source'>): Target => ({
    id: t.id,
    label: t.label,
    area: 'ntm',
    metric: t.metric,
    comparison: t.comparison,
    value: t.value,
    unit: t.unit,
    deadline: DEADLINE,
    ...(t.baseline && { baseline: t.baseline }),
    source: t.source,
  });
  const plan = { name: S.plan2023.name, note: S.plan2023.note };
  const resolution = { name: S.resolution2021.name, note: S.resolution2021.note };
  return [
    ocop({
      id: 'ocop-2025-rated-3plus',
      label: { vi: 'Trên 80% sản phẩm đăng ký đánh giá đạt từ 3 sao trở lên', en: 'More than 80% of products rated reach 3 stars or more' },
      metric: 'ocop.rated-3plus-share',
      comparison: 'moreThan',
      value: 80,
      unit: 'percent',
    }),
    ocop({
      id: 'ocop-2025-five-star',
      label: { vi: 'Ít nhất 1 sản phẩm đạt 5 sao cấp quốc gia', en: 'At least one product rated 5 stars (national level)' },
      metric: 'ocop.five-star-count',
      comparison: 'atLeast',
      value: 1,
      unit: 'count',
      baseline: { value: 0, date: '2021-01-01' },
    }),
    ocop({
      id: 'ocop-2025-maintained',
      label: {
        vi: '50% sản phẩm OCOP đã công nhận được duy trì hoặc nâng hạng',
        en: '50% of recognised OCOP products maintained or upgraded',
      },
      metric: 'ocop.maintained-upgraded-share',
      comparison: 'atLeast',
      value: 50,
      unit: 'percent',
    }),
    ocop({
      id: 'ocop-2025-subjects',
      label: {
        vi: 'Củng cố, phát triển 60–70 tổ chức kinh tế và hộ sản xuất tham gia OCOP',
        en: '60–70 economic organisations and households consolidated or developed for OCOP',
      },
      metric: 'ocop.subjects-developed-count',
      comparison: 'between',
      value: 60,
      valueMax: 70,
      unit: 'count',
    }),
    ocop({
      id: 'ocop-2025-modern-channels',
      label: {
        vi: 'Ít nhất 50% chủ thể OCOP bán hàng qua kênh hiện đại',
        en: 'At least 50% of OCOP subjects sell through modern channels',
      },
      metric: 'ocop.modern-channel-subject-share',
      comparison: 'atLeast',
      value: 50,
      unit: 'percent',
    }),
    {
      id: 'ocop-2025-craft-villages',
      label: {
        vi: '1–2 làng nghề có cơ sở sản xuất sản phẩm đạt OCOP 3 sao trở lên',
        en: '1–2 craft villages with a producer whose product is rated 3 stars or more',
      },
      area: 'craft-villages',
      metric: 'craft.villages-with-3plus-product',
      comparison: 'between',
      value: 1,
      valueMax: 2,
      unit: 'count',
      deadline: DEADLINE,
      source: seedSource,
    },
    ntm({
      id: 'ntm-2025-advanced-120',
      label: { vi: 'Ít nhất 120 xã đạt chuẩn NTM nâng cao', en: 'At least 120 communes at the advanced NTM level' },
      metric: 'ntm.advanced-or-higher-count',
      comparison: 'atLeast',
      value: 120,
      unit: 'count',
      baseline: { value: 15, date: '2022-01-31' },
      source: plan,
    }),
    ntm({
      id: 'ntm-2025-model-12',
      label: { vi: 'Ít nhất 12 xã đạt chuẩn NTM kiểu mẫu', en: 'At least 12 model NTM communes' },
      metric: 'ntm.model-count',
      comparison: 'atLeast',
      value: 12,
      unit: 'count',
      baseline: { value: 0, date: '2022-01-31' },
      source: plan,
    }),
    ntm({
      id: 'ntm-2025-advanced-share-20',
      label: { vi: 'Trên 20% số xã đạt chuẩn NTM nâng cao', en: 'More than 20% of communes at the advanced NTM level' },
      metric: 'ntm.advanced-or-higher-share',
      comparison: 'moreThan',
      value: 20,
      unit: 'percent',
      source: resolution,
    }),
    ntm({
      id: 'ntm-2025-model-share-10',
      label: { vi: 'Ít nhất 10% số xã đạt chuẩn NTM kiểu mẫu', en: 'At least 10% of communes at the model NTM level' },
      metric: 'ntm.model-share',
      comparison: 'atLeast',
      value: 10,
      unit: 'percent',
      source: resolution,
    }),
    // A district's own plan (contract 1.1): Vũ Thư had no advanced commune before 2024, so "8 communes reach
    // the advanced level in 2024" is 8 advanced communes at the end of 2024, from 0 at its start.
    {
      id: 'ntm-2024-vu-thu-advanced-8',
      label: {
        vi: 'Huyện Vũ Thư: 8 xã đạt chuẩn NTM nâng cao trong năm 2024',
        en: 'Vũ Thư district: 8 communes reach the advanced NTM level in 2024',
      },
      area: 'ntm',
      metric: 'ntm.advanced-or-higher-count',
      comparison: 'atLeast',
      value: 8,
      unit: 'count',
      deadline: '2024-12-31',
      baseline: { value: 0, date: '2024-01-01' },
      regionIds: ['344'],
      source: { name: S.ntmNews.name, url: S.ntmNews.url, date: '2024-03-29', note: 'Vũ Thư phấn đấu 8 xã NTM nâng cao năm 2024.' },
    },
  ];
}
