// Rules the contract does not refuse a record for (yet), reported as warnings alongside the figures.
import { CappedList, type PathSegment } from './problem';
import type { DashboardDocument } from '../contract/document';

export type WarningCode = 'status-stars' | 'upgraded-no-previous' | 'lapsed-no-expiry' | 'reported-missing' | 'percent-range';

export interface Warning {
  readonly path: readonly PathSegment[];
  readonly code: WarningCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Statuses that say the product holds 3★ or more after its latest rating. */
const RECOGNISED_STATUSES: ReadonlySet<string> = new Set(['new', 're-recognised', 'upgraded']);

/**
 * Warnings on a checked document. `origin` gives each kept record's index in the document as published, so
 * paths point at what the publisher wrote.
 */
export function findWarnings(
  doc: DashboardDocument,
  origin: { readonly products: readonly number[]; readonly targets: readonly number[] },
): CappedList<Warning> {
  const out = new CappedList<Warning>();
  doc.ocop.products.forEach((p, k) => {
    const at: PathSegment[] = ['ocop', 'products', origin.products[k] ?? k];
    const claimsRecognised = RECOGNISED_STATUSES.has(p.status);
    if ((claimsRecognised && p.stars < 3) || (p.status === 'not-recognised' && p.stars >= 3))
      out.add({ path: [...at, 'status'], code: 'status-stars', params: { status: p.status, stars: p.stars } });
    if (p.status === 'upgraded' && p.previousStars === undefined)
      out.add({ path: [...at, 'previousStars'], code: 'upgraded-no-previous', params: {} });
    if (p.status === 'lapsed' && p.expiryDate === undefined) out.add({ path: [...at, 'expiryDate'], code: 'lapsed-no-expiry', params: {} });
  });
  doc.targets.forEach((t, k) => {
    const at: PathSegment[] = ['targets', origin.targets[k] ?? k];
    if (t.metric === 'reported' && !t.reported) out.add({ path: [...at, 'reported'], code: 'reported-missing', params: {} });
    if (t.unit !== 'percent') return;
    const values: [PathSegment[], number | undefined][] = [
      [['value'], t.value],
      [['valueMax'], t.valueMax],
      [['baseline', 'value'], t.baseline?.value],
      [['reported', 'value'], t.reported?.value],
    ];
    for (const [path, v] of values) {
      if (v !== undefined && (v < 0 || v > 100)) out.add({ path: [...at, ...path], code: 'percent-range', params: { value: v } });
    }
  });
  return out;
}
