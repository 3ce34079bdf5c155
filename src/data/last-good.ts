// Keeps the last document that passed validation, per source, so a failed refresh never blanks the page.
const PREFIX = 'ocop-ntm:last-good:';
/** localStorage holds ~5 MB of UTF-16; larger documents are simply not kept. */
const MAX_CHARS = 2_000_000;

export interface LastGood {
  readonly text: string;
  readonly savedAt: number;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function saveLastGood(url: string, text: string, now = Date.now()): void {
  const s = storage();
  if (!s || text.length > MAX_CHARS) return;
  try {
    s.setItem(PREFIX + url, JSON.stringify({ savedAt: now, text }));
  } catch {
    // Quota exceeded: keeping the copy is a convenience, not a duty.
  }
}

export function loadLastGood(url: string): LastGood | undefined {
  const raw = storage()?.getItem(PREFIX + url);
  if (!raw) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<LastGood>;
    return typeof v.text === 'string' && typeof v.savedAt === 'number' ? { text: v.text, savedAt: v.savedAt } : undefined;
  } catch {
    return undefined;
  }
}
