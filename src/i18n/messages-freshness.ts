// How fresh the figures on screen are, and background retries: Vietnamese first and English.
import { catalogue, type Fn } from './catalogue';

export interface FreshnessMessages {
  /** A load or refresh failed while figures are shown: which figures, from when. */
  updateFailed: Fn<'age' | 'time'>;
  /** The figures' age, shown when they are older than the refresh interval (or a kept copy). */
  loadedAt: Fn<'age' | 'time'>;
  retryingInBackground: Fn<'attempt' | 'total'>;
}

export const FRESHNESS_MESSAGES = catalogue<FreshnessMessages>({
  updateFailed: {
    vi: (p) => `Không cập nhật được — đang hiển thị số liệu tải lúc ${p.time} (${p.age})`,
    en: (p) => `Could not update — showing figures loaded at ${p.time} (${p.age})`,
  },
  loadedAt: {
    vi: (p) => `Số liệu tải lúc ${p.time} (${p.age}).`,
    en: (p) => `Figures loaded at ${p.time} (${p.age}).`,
  },
  retryingInBackground: {
    vi: (p) => `Đang thử lại trong nền (lần ${p.attempt}/${p.total})…`,
    en: (p) => `Trying again in the background (attempt ${p.attempt} of ${p.total})…`,
  },
});
