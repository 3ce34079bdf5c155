// How long a document may take and how large it may be, wherever it is fetched (the page or the document worker).

export interface FetchLimits {
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 50 * 1024 * 1024 };
