// When the figures' age must be on screen: a kept copy always; fresh data once older than the refresh interval.
import type { LoadedDocument } from './loaded-document';

export function ageMustShow(
  loaded: LoadedDocument,
  nowMs: number,
  /** The configured refresh interval; undefined when the page does not refresh by itself. */
  refreshMs: number | undefined,
  /** A refresh is under way: the age is not yet news (it would flash on every cycle). */
  refreshing: boolean,
): boolean {
  if (loaded.stale) return true;
  return refreshMs !== undefined && !refreshing && nowMs - loaded.fetchedAt > refreshMs;
}
