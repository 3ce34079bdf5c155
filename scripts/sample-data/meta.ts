// The document's meta block and its NTM criteria set; the sources are in sources.ts, the targets in targets.ts.
import type { Meta } from '../../src/contract/meta';
import { CRITERIA, CRITERIA_SET_ID } from './ntm';
import { PROVINCE } from './reference';
import { S } from './sources';

export const AS_OF = '2025-06-30';
export const GENERATED_AT = '2025-07-01T08:00:00+07:00';

export function meta(): Meta {
  return {
    schemaVersion: 1.1,
    title: 'Tiến độ OCOP, nông thôn mới và làng nghề tỉnh Thái Bình',
    province: PROVINCE,
    asOf: AS_OF,
    generatedAt: GENERATED_AT,
    publisher: { name: 'Số liệu minh họa của dự án (không phải số liệu chính thức)' },
    sources: Object.values(S),
    sample: true,
    geography: {
      label: 'Địa giới hành chính trước 01/07/2025',
      regionLevel: { vi: 'Huyện/Thành phố', en: 'District' },
      validUntil: '2025-06-30',
    },
    en: {
      title: 'OCOP, new rural area and craft village progress, Thái Bình province',
      publisher: 'Illustrative sample data of the project (not official statistics)',
      geographyLabel: 'Administrative boundaries before 1 Jul 2025',
    },
  };
}

export function criteriaSet() {
  return {
    id: CRITERIA_SET_ID,
    label: {
      vi: 'Bộ tiêu chí xã NTM giai đoạn 2021–2025 (QĐ 318/QĐ-TTg)',
      en: 'Commune NTM criteria 2021–2025 (Decision 318/QĐ-TTg)',
    },
    criteria: CRITERIA.map((c) => ({ id: c.id, name: { vi: c.vi, en: c.en } })),
  };
}
