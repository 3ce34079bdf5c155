// A range check's issue, as the page reads it: no validation library here, so the page's bundle stays without it.

/** What a range check says when a value is outside its bounds: the issue's `params`, so a problem can say "phải từ 1 đến 5". */
export interface RangeParams {
  readonly code: 'range';
  readonly min: number;
  readonly max: number;
}

/** The bounds of a failed range check, when `params` are a range check's. */
export function rangeParams(params: Readonly<Record<string, unknown>> | undefined): RangeParams | undefined {
  return params?.code === 'range' && typeof params.min === 'number' && typeof params.max === 'number'
    ? { code: 'range', min: params.min, max: params.max }
    : undefined;
}
