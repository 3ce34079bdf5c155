// How fresh the figures on screen are, and background retries: Vietnamese first and English.
import type { Locale } from './format';

/** A message: `K` the parameters it needs, `O` those it may take; a misspelt or missing one fails to compile. */
type Fn<K extends string = never, O extends string = never> = (
  p: Readonly<Record<K, string | number> & Partial<Record<O, string | number>>>,
) => string;

export interface FreshnessMessages {
  /** A load or refresh failed while figures are shown: which figures, from when. */
  updateFailed: Fn<'age' | 'time'>;
  /** The figures' age, shown when they are older than the refresh interval (or a kept copy). */
  loadedAt: Fn<'age' | 'time'>;
  retryingInBackground: Fn<'attempt' | 'total'>;
}

const vi: FreshnessMessages = {
  updateFailed: (p) => `Không cập nhật được — đang hiển thị số liệu tải lúc ${p.time} (${p.age})`,
  loadedAt: (p) => `Số liệu tải lúc ${p.time} (${p.age}).`,
  retryingInBackground: (p) => `Đang thử lại trong nền (lần ${p.attempt}/${p.total})…`,
};

const en: FreshnessMessages = {
  updateFailed: (p) => `Could not update — showing figures loaded at ${p.time} (${p.age})`,
  loadedAt: (p) => `Figures loaded at ${p.time} (${p.age}).`,
  retryingInBackground: (p) => `Trying again in the background (attempt ${p.attempt} of ${p.total})…`,
};

export const FRESHNESS_MESSAGES: Record<Locale, FreshnessMessages> = { vi, en };
