// Keeps the last document that passed validation, per source, in IndexedDB (no practical size ceiling),
// so a failed refresh or an offline reload never blanks the page. Reading it back is re-validated by the caller.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Where copies were kept before (localStorage, 2 MB at most): read once, then moved. */
const LEGACY_PREFIX = 'ocop-ntm:last-good:';

export interface LastGood {
  readonly text: string;
  readonly savedAt: number;
}

let store: UseStore | undefined;
function db(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return (store ??= createStore('ocop-ntm', 'last-good'));
}

function legacy(url: string): LastGood | undefined {
  try {
    const raw = localStorage.getItem(LEGACY_PREFIX + url);
    const v = raw ? (JSON.parse(raw) as unknown) : undefined;
    return isLastGood(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function isLastGood(v: unknown): v is LastGood {
  return typeof v === 'object' && v !== null && typeof (v as LastGood).text === 'string' && typeof (v as LastGood).savedAt === 'number';
}

export async function saveLastGood(url: string, text: string, now = Date.now()): Promise<void> {
  const s = db();
  if (!s) return;
  try {
    await set(url, { text, savedAt: now } satisfies LastGood, s);
    localStorage.removeItem(LEGACY_PREFIX + url);
  } catch {
    // Storage refused (private mode, quota): keeping the copy is a convenience, not a duty.
  }
}

export async function loadLastGood(url: string): Promise<LastGood | undefined> {
  const s = db();
  try {
    const v: unknown = s ? await get(url, s) : undefined;
    return isLastGood(v) ? v : legacy(url);
  } catch {
    return legacy(url);
  }
}

/** Tests start from an empty store. */
export async function forgetLastGood(url: string): Promise<void> {
  const s = db();
  if (s) await del(url, s);
}
