import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildNationalDocument } from '../../mocks/fixtures/national-document';
import { buildSmallDocument } from '../../mocks/fixtures/small-document';
import type { LoadedDocument } from '../data/loaded-document';
import { indexDocument } from '../domain/document-index';
import { recordCount, STEPS_FROM_RECORDS } from '../domain/first-view';
import { useViewStore } from '../state/view-store';
import { formatters } from '../i18n/format';
import { usePrepared } from './use-prepared';
import { useSectionGroundwork } from './use-section-groundwork';

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

  it("a large document's sections wait for their groundwork the first time; a refresh has it done before the swap, so they never blank", async () => {
    const compare = formatters('vi').compare;
    const renders: { loaded?: LoadedDocument; sectionsReady?: boolean }[] = [];
    const { result, rerender } = renderHook(
      ({ loaded }) => {
        const p = usePrepared(loaded);
        // As the dashboard asks, in the same render as the figures it is given (a small document before any).
        const index = p.prepared?.index ?? indexDocument(buildSmallDocument());
        const ready = useSectionGroundwork(index, index.asOfYear, compare);
        const shown = { loaded: p.prepared?.loaded, sectionsReady: p.prepared ? ready : undefined };
        renders.push(shown);
        return shown;
      },
      { initialProps: { loaded: loadedOf(buildNationalDocument(LARGE, 11)) } },
    );
    // First load: the figures come first, the sections say "loading" until their groundwork is done.
    await waitFor(() => expect(result.current.sectionsReady).toBe(true));
    const first = result.current.loaded;
    expect(renders.some((r) => r.loaded === first && r.sectionsReady === false)).toBe(true);

    // A refresh: every render shows the old document, or the new one with its sections ready.
    const refreshed = loadedOf(buildNationalDocument(LARGE, 12), first?.url, 2);
    renders.length = 0;
    rerender({ loaded: refreshed });
    await waitFor(() => expect(result.current.loaded).toBe(refreshed));
    expect(renders.filter((r) => r.loaded === refreshed).length).toBeGreaterThan(0);
    expect(renders.filter((r) => r.loaded === refreshed && r.sectionsReady !== true)).toEqual([]);
  });
});
