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

export function isRecognisedStory(kind: StoryKind): boolean {
  return !kind.startsWith('N');
}

/** Whether the product held a valid 3★+ certificate on 30/06/2024 (its subject then counts among the 137). */
export function validMid2024(kind: StoryKind): boolean {
  return /^(A|B\d|C|D|E1)/.test(kind);
}

/** A story that starts in the 2021 round. */
export const is2021 = (k: StoryKind) => k === 'A' || k.startsWith('B');

/** Valid on 30/06/2024 and not of the 2024 first-half round (E1), whose dates run past April. */
export const preApril = (k: StoryKind) => validMid2024(k) && k !== 'E1';
