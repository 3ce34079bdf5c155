import { beforeEach, describe, expect, it } from 'vitest';
import { forgetLastGood, loadLastGood, saveLastGood } from './last-good';

const URL_ = 'https://data.test/doc.json';
const bytes = (text: string) => new TextEncoder().encode(text);
const textOf = (body: Uint8Array | string | undefined) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

beforeEach(async () => {
  localStorage.clear();
  await forgetLastGood(URL_);
});

describe('last good copy (IndexedDB)', () => {
  it('keeps a 3 MB document, beyond what localStorage could hold, with when it was saved', async () => {
    const text = JSON.stringify({ padding: 'x'.repeat(3 * 1024 * 1024), name: 'Xã Vũ Lễ' });
    await saveLastGood(URL_, bytes(text), 1234);
    const back = await loadLastGood(URL_);
    expect(back?.savedAt).toBe(1234);
    expect(ArrayBuffer.isView(back?.body)).toBe(true); // bytes (from IndexedDB's own realm in tests)
    expect(textOf(back?.body)).toBe(text);
  });

  it('is kept per source', async () => {
    await saveLastGood(URL_, bytes('{"a":1}'), 1);
    expect(await loadLastGood('https://data.test/other.json')).toBeUndefined();
  });

  it('reads a copy kept by an earlier version in localStorage, and moves it on the next save', async () => {
    localStorage.setItem(`ocop-ntm:last-good:${URL_}`, JSON.stringify({ text: '{"old":1}', savedAt: 5 }));
    expect(await loadLastGood(URL_)).toEqual({ body: '{"old":1}', savedAt: 5 });
    await saveLastGood(URL_, bytes('{"new":1}'), 6);
    expect(localStorage.getItem(`ocop-ntm:last-good:${URL_}`)).toBeNull();
    const back = await loadLastGood(URL_);
    expect([textOf(back?.body), back?.savedAt]).toEqual(['{"new":1}', 6]);
  });

  it('ignores a stored value of the wrong shape', async () => {
    localStorage.setItem(`ocop-ntm:last-good:${URL_}`, '{"text": 5}');
    expect(await loadLastGood(URL_)).toBeUndefined();
  });
});
