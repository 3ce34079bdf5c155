// The view follows the address both ways: filters push a history entry, typing replaces it, back/forward restore.
import { afterEach, describe, expect, it } from 'vitest';
import { connectViewToUrl, useViewStore } from './view-store';

let disconnect: (() => void) | undefined;
afterEach(() => {
  disconnect?.();
  window.history.replaceState(null, '', '/');
});

describe('the tables’ state and the browser history', () => {
  it('pushes a filter, replaces while typing, and back/forward bring both back', async () => {
    window.history.replaceState(null, '', '/');
    disconnect = connectViewToUrl(window);
    const { setTable } = useViewStore.getState().actions;
    const length = window.history.length;
    setTable({ stars: '4' });
    expect(window.location.search).toBe('?stars=4');
    setTable({ product: 'v' });
    setTable({ product: 'vu' });
    expect(window.location.search).toBe('?stars=4&product=vu');
    expect(window.history.length).toBe(length + 1); // one entry for the filter, none per letter
    setTable({ level: 'model' });
    expect(window.location.search).toBe('?stars=4&product=vu&level=model');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await popped;
    expect(useViewStore.getState()).toMatchObject({ stars: '4', product: 'vu', level: undefined });
  });
});
