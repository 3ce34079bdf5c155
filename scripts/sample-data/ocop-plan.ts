// The ledger of OCOP ratings behind the sample: each product follows one "story" (first rating, then at most one
// re-rating), and the number of products per story is chosen so that the published Thái Bình totals come out.
//
// Year-end counts by the app's counting rule (see check.ts):     2021  2022  2023  2024  30/06/2025
//   recognised (3★+)                                                  47    64   113   194   217
//   of them 4★                                                         3    32    48    67    71
//   of them 3★                                                        44    32    65   127   146
// Published figures matched:
//   2021 round, 47 products in all 8 districts (nongsan14-10.com)           → end 2021
//   10/2022: 64 = 32× 4★ + 32× 3★ (thaibinhtv.vn 21/11/2022)                  → end 2022 (and from 30/09/2022 by date)
//   11/2023: 113 = 48× 4★ + 65× 3★ (vccinews.com 15/11/2023)                  → end 2023 (and from 31/10/2023 by date)
//   4★ total 67 after 22 products were rated 4★ in the 2024 provincial round  → end 2024: 194 = 67× 4★ + 127× 3★
//     (baothaibinh.com.vn 17/4/2025); the 22 are 19 upgrades 3★→4★ and 3 re-recognised 4★, dated Sep–Oct 2024
//   6/2024: 194 = 48× 4★ + 146× 3★ of 137 subjects, 38 DN + 54 HTX + 45 hộ     → by decision date on 30/06/2024 only
//     (doanhnghiephoinhap.vn; it says 136–137 subjects, ~37 DN: 38 DN makes the three figures add up to 137)
//   4/2024, Tiền Hải: 36 products of 26 subjects in 18 communes, 4× 4★         → by decision date on 30/04/2024
//     (and at end 2023: Tiền Hải's 2024 products are dated May–June or later)
//   no 5★ product up to 30/06/2025; 2025 (to 30/06): 45 rated, 37 3★+ (82.2 %)
// Not matched simultaneously: the two 2024 star splits (48/146 in June, 67/127 after the provincial round) cannot
// both hold at one year end; the year-end view shows 67/127 and the June split holds only by decision date. The 2021
// round is dated Nov–Dec 2021 here so that it counts at the end of 2021, though the real decision approving those 47
// products was signed on 26/04/2022 (nongsan14-10.com), so their real certificates ran to April 2025. The 2021 split
// by stars is not published: 3× 4★ is what the 2024 figures force (every 2021 certificate expires in 2024, and the
// 22 4★ ratings of 2024 leave room for only 3 re-recognised 4★ if the 4★ total is to rise by exactly 19).
import type { ProductStatus } from '../../src/contract/values';
import { addDays, addMonths, type Rng } from './prng';

export type StoryKind =
  | 'A'
  | 'B1'
  | 'B2'
  | 'B3'
  | 'B4'
  | 'B5'
  | 'B6'
  | 'C4r'
  | 'C4l'
  | 'C4p'
  | 'C3r'
  | 'C3u'
  | 'C3l'
  | 'C3p'
  | 'D4'
  | 'D3'
  | 'D3u24'
  | 'D3u25'
  | 'E1'
  | 'E2'
  | 'F3'
  | 'F4'
  | 'N2021'
  | 'N2022'
  | 'N2023'
  | 'N2024'
  | 'N2025';

/** How many products follow each story. */
export const STORY_COUNTS: Record<StoryKind, number> = {
  A: 3, // 2021 4★ → re-recognised 4★ in the 2024 provincial round
  B1: 17, // 2021 3★ → upgraded 4★ in 2022 (certificate expires Aug–Sep 2025, not yet re-rated)
  B2: 4, // 2021 3★ → upgraded 4★ in 2023
  B3: 6, // 2021 3★ → upgraded 4★ in 2024 (provincial round)
  B4: 10, // 2021 3★ → re-recognised 3★ in 2024
  B5: 4, // 2021 3★ → certificate expired end 2024, lapsed
  B6: 3, // 2021 3★ → re-rated 2★ in 2024, not recognised
  C4r: 6, // 2022 4★ (Apr–Jun) → re-recognised 4★ in 2025
  C4l: 2, // 2022 4★ (Apr–Jun) → expired Apr–Jun 2025, lapsed
  C4p: 4, // 2022 4★ (Aug–Sep) → valid until Aug–Sep 2025
  C3r: 1, // 2022 3★ (Apr–Jun) → re-recognised 3★ in 2025
  C3u: 1, // 2022 3★ (Apr–Jun) → upgraded 4★ in 2025
  C3l: 1, // 2022 3★ (Apr–Jun) → lapsed
  C3p: 2, // 2022 3★ (Aug–Sep) → valid until Aug–Sep 2025
  D4: 12, // 2023 4★
  D3: 21, // 2023 3★
  D3u24: 13, // 2023 3★ → upgraded 4★ in 2024 (provincial round)
  D3u25: 3, // 2023 3★ → upgraded 4★ in 2025
  E1: 81, // 2024 3★, decided Jan–Jun
  E2: 7, // 2024 3★, decided Sep–Dec
  F3: 24, // 2025 3★
  F4: 2, // 2025 4★
  N2021: 6,
  N2022: 4,
  N2023: 7,
  N2024: 9,
  N2025: 8, // rated 1–2★, not recognised
};

export interface Rating {
  stars: number;
  ratingYear: number;
  firstRecognisedYear?: number;
  previousStars?: number;
  decisionDate: string;
  expiryDate?: string;
  status: ProductStatus;
  /** Internal: the date of the first rating (not published; used to order ids and for the date-based checks). */
  firstDate: string;
}

const WINDOWS = {
  r2021: ['2021-11-08', '2021-12-24'],
  b1: ['2022-04-18', '2022-06-08'],
  b2: ['2022-08-08', '2022-09-30'],
  r2023: ['2023-03-06', '2023-10-31'],
  e1: ['2024-01-08', '2024-06-21'],
  e1TienHai: ['2024-05-06', '2024-06-21'],
  rerate2024: ['2024-09-03', '2024-10-31'],
  e2: ['2024-09-03', '2024-12-13'],
  r2025: ['2025-03-03', '2025-06-20'],
} as const;

const VALIDITY_MONTHS = 36;
const TIEN_HAI = '342';

export function isRecognisedStory(kind: StoryKind): boolean {
  return !kind.startsWith('N');
}

/** Whether the product held a valid 3★+ certificate on 30/06/2024 (its subject then counts among the 137). */
export function validMid2024(kind: StoryKind): boolean {
  return /^(A|B\d|C|D|E1)/.test(kind);
}

export function rate(kind: StoryKind, district: string, rng: Rng): Rating {
  const d = (w: readonly [string, string]) => rng.date(w[0], w[1]);
  const cert = (date: string) => addMonths(date, VALIDITY_MONTHS);
  const recognised = (stars: number, year: number, date: string, first = date): Rating => ({
    stars,
    ratingYear: year,
    firstRecognisedYear: year,
    decisionDate: date,
    expiryDate: cert(date),
    status: 'new',
    firstDate: first,
  });
  /** A re-rating of a product first rated `stars0` on `first`. */
  const rerated = (stars0: number, first: string, stars: number, date: string): Rating => ({
    stars,
    ratingYear: Number(date.slice(0, 4)),
    firstRecognisedYear: Number(first.slice(0, 4)),
    previousStars: stars0,
    decisionDate: date,
    ...(stars >= 3 ? { expiryDate: cert(date) } : {}),
    status: stars < 3 ? 'not-recognised' : stars > stars0 ? 'upgraded' : 're-recognised',
    firstDate: first,
  });
  const lapsed = (stars: number, first: string): Rating => ({ ...recognised(stars, Number(first.slice(0, 4)), first), status: 'lapsed' });
  /** Re-rated shortly before the old certificate expires. */
  const beforeExpiry = (first: string) => addDays(cert(first), -rng.int(10, 40));
  const notRecognised = (date: string): Rating => ({
    stars: rng.chance(0.8) ? 2 : 1,
    ratingYear: Number(date.slice(0, 4)),
    decisionDate: date,
    status: 'not-recognised',
    firstDate: date,
  });

  switch (kind) {
    case 'A':
      return rerated(4, d(WINDOWS.r2021), 4, d(WINDOWS.rerate2024));
    case 'B1':
      return rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.b2));
    case 'B2':
      return rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.r2023));
    case 'B3':
      return rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.rerate2024));
    case 'B4':
      return rerated(3, d(WINDOWS.r2021), 3, d(WINDOWS.rerate2024));
    case 'B5':
      return lapsed(3, d(WINDOWS.r2021));
    case 'B6':
      return rerated(3, d(WINDOWS.r2021), 2, d(WINDOWS.rerate2024));
    case 'C4r': {
      const f = d(WINDOWS.b1);
      return rerated(4, f, 4, beforeExpiry(f));
    }
    case 'C4l':
      return lapsed(4, d(WINDOWS.b1));
    case 'C4p':
      return recognised(4, 2022, d(WINDOWS.b2));
    case 'C3r': {
      const f = d(WINDOWS.b1);
      return rerated(3, f, 3, beforeExpiry(f));
    }
    case 'C3u': {
      const f = d(WINDOWS.b1);
      return rerated(3, f, 4, beforeExpiry(f));
    }
    case 'C3l':
      return lapsed(3, d(WINDOWS.b1));
    case 'C3p':
      return recognised(3, 2022, d(WINDOWS.b2));
    case 'D4':
      return recognised(4, 2023, d(WINDOWS.r2023));
    case 'D3':
      return recognised(3, 2023, d(WINDOWS.r2023));
    case 'D3u24':
      return rerated(3, d(WINDOWS.r2023), 4, d(WINDOWS.rerate2024));
    case 'D3u25':
      return rerated(3, d(WINDOWS.r2023), 4, d(WINDOWS.r2025));
    case 'E1':
      return recognised(3, 2024, d(district === TIEN_HAI ? WINDOWS.e1TienHai : WINDOWS.e1));
    case 'E2':
      return recognised(3, 2024, d(WINDOWS.e2));
    case 'F3':
      return recognised(3, 2025, d(WINDOWS.r2025));
    case 'F4':
      return recognised(4, 2025, d(WINDOWS.r2025));
    case 'N2021':
      return notRecognised(d(WINDOWS.r2021));
    case 'N2022':
      return notRecognised(d(rng.chance(0.5) ? WINDOWS.b1 : WINDOWS.b2));
    case 'N2023':
      return notRecognised(d(WINDOWS.r2023));
    case 'N2024':
      return notRecognised(d(rng.chance(0.6) ? WINDOWS.e1 : WINDOWS.e2));
    case 'N2025':
      return notRecognised(d(WINDOWS.r2025));
  }
}
