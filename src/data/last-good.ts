// Keeps the last document that passed validation, per source, in IndexedDB (no practical size ceiling),
// so a failed refresh or an offline reload never blanks the page. Reading it back is re-validated by the caller.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** Where copies were kept before (localStorage, 2 MB at most): read once, then moved. */
const LEGACY_PREFIX = 'ocop-ntm:last-good:';

/** The document as fetched: UTF-8 bytes (copied into IndexedDB as one block, cheap for the page), or text (older copies). */
export interface LastGood {
  readonly body: Uint8Array | string;
  readonly savedAt: number;
}

/** What is stored: `bytes` since the copy is taken as fetched; `text` in copies kept by earlier versions. */
interface Stored {
  readonly bytes?: unknown;
  readonly text?: unknown;
  readonly savedAt?: unknown;
}

let store: UseStore | undefined;
function db(): UseStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  return (store ??= createStore('ocop-ntm', 'last-good'));
}

function legacy(url: string): LastGood | undefined {
  if (typeof localStorage === 'undefined') return undefined;
  try {
    const raw = localStorage.getItem(LEGACY_PREFIX + url);
    return raw ? asLastGood(JSON.parse(raw)) : undefined;
  } catch {
    return undefined;
  }
}

function asLastGood(v: unknown): LastGood | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const { bytes, text, savedAt } = v as Stored;
  if (typeof savedAt !== 'number') return undefined;
  if (bytes instanceof Uint8Array || (ArrayBuffer.isView(bytes) && bytes.constructor.name === 'Uint8Array'))
    return { body: bytes as Uint8Array, savedAt };
  return typeof text === 'string' ? { body: text, savedAt } : undefined;
}

/**
 * Keeps the bytes as fetched. Storing them costs the page a block copy; storing the same document as a
 * string cost a national-scale page over half a second of main thread (measured at 4× CPU slowdown).
 */
export async function saveLastGood(url: string, bytes: Uint8Array, now = Date.now()): Promise<void> {
  const s = db();
  if (!s) return;
  try {
    await set(url, { bytes, savedAt: now } satisfies Stored, s);
    if (typeof localStorage !== 'undefined') localStorage.removeItem(LEGACY_PREFIX + url);
  } catch {
    // Storage refused (private mode, quota): keeping the copy is a convenience, not a duty.
  }
}

export async function loadLastGood(url: string): Promise<LastGood | undefined> {
  const s = db();
  try {
    const v: unknown = s ? await get(url, s) : undefined;
    return asLastGood(v) ?? legacy(url);
  } catch {
    return legacy(url);
  }
}

/** Tests start from an empty store. */
export async function forgetLastGood(url: string): Promise<void> {
  const s = db();
  if (s) await del(url, s);
}
