import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import type { LoadedDocument } from '../data/loaded-document';
import { recordCount } from '../domain/first-view';
import { useViewStore } from '../state/view-store';
import { STEPS_FROM_RECORDS, usePrepared } from './use-prepared';

const REPORT = { excluded: [], warnings: [] } as unknown as LoadedDocument['report'];
const loadedOf = (document: LoadedDocument['document'], url = '/data.json', fetchedAt = 1): LoadedDocument => ({
  document,
  report: REPORT,
  url,
  fetchedAt,
});
const LARGE = { regions: 40, communesPerRegion: 12, products: 3000, subjects: 1500, villages: 700 };

beforeEach(() => useViewStore.setState({ regionIds: [], year: null }));

describe('usePrepared', () => {
  it('a small document is ready at once', () => {
    const loaded = loadedOf(buildSmallDocument());
    expect(recordCount(loaded.document)).toBeLessThan(STEPS_FROM_RECORDS);
    const { result } = renderHook(() => usePrepared(loaded));
    expect(result.current.preparing).toBe(false);
    expect(result.current.prepared?.index.doc).toBe(loaded.document);
  });

  it('a large document is prepared in steps: nothing is shown, then its own figures', async () => {
    const loaded = loadedOf(buildNationalDocument(LARGE));
    expect(recordCount(loaded.document)).toBeGreaterThanOrEqual(STEPS_FROM_RECORDS);
    const { result } = renderHook(() => usePrepared(loaded));
    expect(result.current).toEqual({ prepared: undefined, preparing: true });
    await waitFor(() => expect(result.current.preparing).toBe(false));
    expect(result.current.prepared?.loaded).toBe(loaded);
    expect(result.current.prepared?.index.doc).toBe(loaded.document);
  });

  it('a refresh of the same source keeps the previous figures while the new ones are prepared; another source never does', async () => {
    const first = loadedOf(buildNationalDocument(LARGE));
    const { result, rerender } = renderHook(({ loaded }) => usePrepared(loaded), { initialProps: { loaded: first } });
    await waitFor(() => expect(result.current.prepared?.loaded).toBe(first));

    const refreshed = loadedOf(buildNationalDocument(LARGE, 7), first.url, 2);
    rerender({ loaded: refreshed });
    expect(result.current.preparing).toBe(true);
    expect(result.current.prepared?.loaded).toBe(first);
    await waitFor(() => expect(result.current.prepared?.loaded).toBe(refreshed));

    const other = loadedOf(buildNationalDocument(LARGE, 8), '/other.json', 3);
    rerender({ loaded: other });
    expect(result.current).toEqual({ prepared: undefined, preparing: true });
    await waitFor(() => expect(result.current.prepared?.loaded).toBe(other));
  });
});
