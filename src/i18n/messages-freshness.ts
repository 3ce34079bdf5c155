// How fresh the figures on screen are, and background retries: Vietnamese first and English.
import type { Locale } from './format';

type P = Record<string, string | number>;
type Fn = (p: P) => string;

export interface FreshnessMessages {
  /** A load or refresh failed while figures are shown: which figures, from when. */
  updateFailed: Fn;
  /** The figures' age, shown when they are older than the refresh interval (or a kept copy). */
  loadedAt: Fn;
  retryingInBackground: Fn;
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
