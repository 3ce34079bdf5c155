// NTM records for the 223 rural communes (type "Xã"): levels and history matching Thái Bình's published totals.
import type { NtmCommune } from '../../src/contract/ntm';
import type { NtmLevel } from '../../src/contract/values';
import type { Rng } from './prng';
import { ALL_COMMUNES, commune } from './reference';

export const CRITERIA_SET_ID = '2021-2025';

/** The 19 commune criteria of decision 318/QĐ-TTg (2021–2025), the same for the NTM and advanced levels. */
export const CRITERIA: readonly { id: number; vi: string; en: string }[] = [
  { id: 1, vi: 'Quy hoạch', en: 'Planning' },
  { id: 2, vi: 'Giao thông', en: 'Transport' },
  { id: 3, vi: 'Thủy lợi và phòng chống thiên tai', en: 'Irrigation and disaster prevention' },
  { id: 4, vi: 'Điện', en: 'Electricity' },
  { id: 5, vi: 'Trường học', en: 'Schools' },
  { id: 6, vi: 'Cơ sở vật chất văn hóa', en: 'Cultural facilities' },
  { id: 7, vi: 'Hạ tầng thương mại nông thôn', en: 'Rural commerce infrastructure' },
  { id: 8, vi: 'Thông tin và truyền thông', en: 'Information and communications' },
  { id: 9, vi: 'Nhà ở dân cư', en: 'Housing' },
  { id: 10, vi: 'Thu nhập', en: 'Income' },
  { id: 11, vi: 'Nghèo đa chiều', en: 'Multidimensional poverty' },
  { id: 12, vi: 'Lao động', en: 'Labour' },
  { id: 13, vi: 'Tổ chức sản xuất và kinh tế nông thôn', en: 'Production organisation and rural economy' },
  { id: 14, vi: 'Giáo dục và đào tạo', en: 'Education and training' },
  { id: 15, vi: 'Y tế', en: 'Health' },
  { id: 16, vi: 'Văn hóa', en: 'Culture' },
  { id: 17, vi: 'Môi trường và an toàn thực phẩm', en: 'Environment and food safety' },
  { id: 18, vi: 'Hệ thống chính trị và tiếp cận pháp luật', en: 'Political system and access to law' },
  { id: 19, vi: 'Quốc phòng và an ninh', en: 'Defence and security' },
];

/** How often each criterion is the one still missing at the advanced level (income, environment, production most). */
const MISSING_WEIGHT: Record<number, number> = {
  1: 1,
  2: 3,
  3: 2,
  4: 1,
  5: 3,
  6: 3,
  7: 2,
  8: 2,
  9: 1,
  10: 6,
  11: 1,
  12: 2,
  13: 5,
  14: 2,
  15: 3,
  16: 2,
  17: 6,
  18: 1,
  19: 1,
};

// Named communes (GSO codes; names repeat across districts, so never look them up by name alone).
const THUY_DUYEN = '12892'; // Thái Thụy: advanced, working towards model (Báo Thái Bình 30/09/2024)
const THUY_NINH = '12850'; // Thái Thụy: model
const THUY_DAN = '12877'; // Thái Thụy: advanced
const AN_NINH_TH = '13012'; // Tiền Hải (not 12514 An Ninh, Quỳnh Phụ): advanced Jan 2024
const DONG_HOANG_TH = '13000'; // Tiền Hải (not 12808 Đông Hoàng, Đông Hưng): advanced Jan 2024
const VU_LE = '13111'; // Kiến Xương: 19/19 advanced, Feb 2025
const DONG_XA = '12724'; // Đông Hưng: advanced, Feb 2025
const VU_THU_2024 = ['13222', '13231', '13243']; // Minh Lãng, Dũng Nghĩa, Bách Thuận: the 3 at 19/19 in March 2024
const TU_TAN = '13246'; // Vũ Thư: on the 2024 list, sample: recognised 2025
const SONG_AN = '13249'; // Vũ Thư: 18/19
const VU_THU_PIPELINE = ['13282', '13216', '13210']; // Hồng Phong, Tân Hòa, Tân Phong: on the 2024 list, not yet
const VU_THU = '344';

/**
 * New advanced communes per year; cumulative 15, 20, 25, 40, 47 (= 43 advanced + 4 model at 30/06/2025).
 * Published: 15 (01/2022) → end 2021; 25 (11/2023) → end 2023; 43 + 4 model (03–04/2025) → 30/06/2025.
 * End 2022 (20) and end 2024 (40) are the project's interpolations; the model years (2× 2024, 2× 2025) are sample choices.
 */
const NEW_ADVANCED: Record<number, { named: string[]; total: number }> = {
  2021: { named: [THUY_DUYEN], total: 15 },
  2022: { named: [THUY_NINH], total: 5 },
  2023: { named: [], total: 5 },
  2024: { named: [AN_NINH_TH, DONG_HOANG_TH, ...VU_THU_2024, THUY_DAN], total: 15 },
  2025: { named: [VU_LE, DONG_XA, TU_TAN], total: 7 },
};

function criteriaList(rng: Rng, met: number): { id: number; met: boolean }[] {
  const missing = new Set<number>();
  while (missing.size < 19 - met) {
    missing.add(
      rng.weighted(
        CRITERIA.map((c) => c.id).filter((id) => !missing.has(id)),
        (id) => MISSING_WEIGHT[id] ?? 1,
      ),
    );
  }
  return CRITERIA.map((c) => ({ id: c.id, met: !missing.has(c.id) }));
}

function record(communeCode: string, level: NtmLevel, yearRecognised: number | undefined, criteriaMet: number) {
  return {
    communeCode,
    level,
    ...(yearRecognised !== undefined ? { yearRecognised } : {}),
    criteriaSet: CRITERIA_SET_ID,
    criteriaMet,
    criteriaTotal: 19,
  };
}

export function buildNtm(rng: Rng): NtmCommune[] {
  const rural = ALL_COMMUNES.filter((c) => c.type === 'Xã');
  const named = new Set([...Object.values(NEW_ADVANCED).flatMap((y) => y.named), SONG_AN, ...VU_THU_PIPELINE]);
  for (const code of named) if (commune(code).type !== 'Xã') throw new Error(`${code} is not a Xã`);

  // Vũ Thư had few advanced communes before 2024, so the random picks come from the other districts.
  let pool = rng.shuffle(rural.filter((c) => !named.has(c.code) && c.regionId !== VU_THU).map((c) => c.code));
  const advancedYear = new Map<string, number>();
  for (const [y, spec] of Object.entries(NEW_ADVANCED)) {
    const extra = pool.slice(0, spec.total - spec.named.length);
    pool = pool.slice(extra.length);
    for (const code of [...spec.named, ...extra]) advancedYear.set(code, Number(y));
  }

  // Four model communes (decision 319: already advanced): Thụy Ninh in 2025, and three of the 2021 advanced.
  const modelYear = new Map<string, number>([[THUY_NINH, 2025]]);
  const early = [...advancedYear].filter(([c, y]) => y === 2021 && c !== THUY_DUYEN).map(([c]) => c);
  const [m1, m2, m3] = rng.sample(early, 3) as [string, string, string];
  modelYear.set(m1, 2024).set(m2, 2024).set(m3, 2025);

  const ntm2020 = { year: 2020, level: 'ntm' as const, criteriaMet: 19 };
  return rural.map((c): NtmCommune => {
    const withCriteria = c.code === SONG_AN || c.code === VU_LE || rng.chance(0.31);
    const adv = advancedYear.get(c.code);
    if (adv !== undefined) {
      const model = modelYear.get(c.code);
      const criteria = withCriteria ? { criteria: criteriaList(rng, 19) } : {};
      if (model !== undefined) {
        const history = [ntm2020, { year: adv, level: 'advanced' as const, criteriaMet: 19 }];
        return { ...record(c.code, 'model', model, 19), ...criteria, history };
      }
      return { ...record(c.code, 'advanced', adv, 19), ...criteria, history: [ntm2020] };
    }
    // Level "ntm" (all reached it by 2020, year not recorded): criteriaMet counts the advanced-level criteria met.
    let met = rng.weighted([12, 13, 14, 15, 16, 17, 18], (n) => [1, 2, 4, 5, 5, 4, 2][n - 12] ?? 1);
    if (c.code === SONG_AN) met = 18;
    else if (VU_THU_PIPELINE.includes(c.code)) met = rng.int(16, 17);
    const criteria = withCriteria ? { criteria: criteriaList(rng, met) } : {};
    return { ...record(c.code, 'ntm', undefined, met), ...criteria, history: [ntm2020] };
  });
}
