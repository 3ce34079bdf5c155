// One product's ratings by its story (see ocop-plan.ts): dates drawn in each round's window, certificates of 36
// months, re-ratings shortly before a certificate expires.
import type { ProductStatus } from '../../src/contract/values';
import type { StoryKind } from './ocop-plan';
import { addDays, addMonths, type Rng } from './prng';

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
  /** First rated `stars0` in the window `w`, re-rated `stars` shortly before that certificate expires. */
  const renewed = (stars0: number, w: readonly [string, string], stars: number): Rating => {
    const first = d(w);
    return rerated(stars0, first, stars, beforeExpiry(first));
  };
  const notRecognised = (date: string): Rating => ({
    stars: rng.chance(0.8) ? 2 : 1,
    ratingYear: Number(date.slice(0, 4)),
    decisionDate: date,
    status: 'not-recognised',
    firstDate: date,
  });

  const stories: Record<StoryKind, () => Rating> = {
    A: () => rerated(4, d(WINDOWS.r2021), 4, d(WINDOWS.rerate2024)),
    B1: () => rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.b2)),
    B2: () => rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.r2023)),
    B3: () => rerated(3, d(WINDOWS.r2021), 4, d(WINDOWS.rerate2024)),
    B4: () => rerated(3, d(WINDOWS.r2021), 3, d(WINDOWS.rerate2024)),
    B5: () => lapsed(3, d(WINDOWS.r2021)),
    B6: () => rerated(3, d(WINDOWS.r2021), 2, d(WINDOWS.rerate2024)),
    C4r: () => renewed(4, WINDOWS.b1, 4),
    C4l: () => lapsed(4, d(WINDOWS.b1)),
    C4p: () => recognised(4, 2022, d(WINDOWS.b2)),
    C3r: () => renewed(3, WINDOWS.b1, 3),
    C3u: () => renewed(3, WINDOWS.b1, 4),
    C3l: () => lapsed(3, d(WINDOWS.b1)),
    C3p: () => recognised(3, 2022, d(WINDOWS.b2)),
    D4: () => recognised(4, 2023, d(WINDOWS.r2023)),
    D3: () => recognised(3, 2023, d(WINDOWS.r2023)),
    D3u24: () => rerated(3, d(WINDOWS.r2023), 4, d(WINDOWS.rerate2024)),
    D3u25: () => rerated(3, d(WINDOWS.r2023), 4, d(WINDOWS.r2025)),
    E1: () => recognised(3, 2024, d(district === TIEN_HAI ? WINDOWS.e1TienHai : WINDOWS.e1)),
    E2: () => recognised(3, 2024, d(WINDOWS.e2)),
    F3: () => recognised(3, 2025, d(WINDOWS.r2025)),
    F4: () => recognised(4, 2025, d(WINDOWS.r2025)),
    N2021: () => notRecognised(d(WINDOWS.r2021)),
    N2022: () => notRecognised(d(rng.chance(0.5) ? WINDOWS.b1 : WINDOWS.b2)),
    N2023: () => notRecognised(d(WINDOWS.r2023)),
    N2024: () => notRecognised(d(rng.chance(0.6) ? WINDOWS.e1 : WINDOWS.e2)),
    N2025: () => notRecognised(d(WINDOWS.r2025)),
  };
  return stories[kind]();
}
