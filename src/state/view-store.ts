// View state only (filters, language), never server data; mirrored in the URL so a link reopens the view.
import { create } from 'zustand';
import type { Locale } from '../i18n/format';
import { DEFAULT_VIEW, parseView, serializeView, TABLE_KEYS, type TableParams, type ViewState } from './url-state';

interface ViewActions {
  setRegions(ids: readonly string[]): void;
  toggleRegion(id: string): void;
  setYear(year: number | null): void;
  setLocale(locale: Locale): void;
  /** Starts (1), moves to, or with null ends the presentation. */
  setSlide(slide: number | null): void;
  setMeasure(measure: ViewState['measure']): void;
  /** Adds the selected districts together in the over-the-years charts (true) or draws one series each. */
  setMerge(merge: boolean): void;
  /** Sets a table's search text or filter (undefined: its default). */
  setTable(params: Partial<TableParams>): void;
  /** Replaces the view from the URL (back/forward). */
  syncFromUrl(search: string): void;
}

const initial = typeof window === 'undefined' ? DEFAULT_VIEW : parseView(window.location.search);

export const useViewStore = create<ViewState & { actions: ViewActions }>()((set, get) => ({
  ...initial,
  actions: {
    setRegions: (ids) => set({ regionIds: [...new Set(ids)] }),
    toggleRegion: (id) => {
      const current = get().regionIds;
      set({ regionIds: current.includes(id) ? current.filter((r) => r !== id) : [...current, id] });
    },
    setYear: (year) => set({ year }),
    setLocale: (locale) => set({ locale }),
    setSlide: (slide) => set({ slide }),
    setMeasure: (measure) => set({ measure }),
    setMerge: (merge) => set({ merge }),
    setTable: (params) => set(params),
    syncFromUrl: (search) => set(parseView(search)),
  },
}));

export const useRegionIds = () => useViewStore((s) => s.regionIds);
export const useSelectedYear = () => useViewStore((s) => s.year);
export const useLocale = () => useViewStore((s) => s.locale);
export const useSlide = () => useViewStore((s) => s.slide);
export const useMeasure = () => useViewStore((s) => s.measure);
export const useMerge = () => useViewStore((s) => s.merge);
export const useViewActions = () => useViewStore((s) => s.actions);
export const useTableParam = (key: keyof TableParams) => useViewStore((s) => s[key]);

/** Pushes view changes into history and follows back/forward; returns the unsubscribe. */
export function connectViewToUrl(win: Window = window): () => void {
  let fromPop = false;
  const unsubscribe = useViewStore.subscribe((state, prev) => {
    if (fromPop) return;
    if (
      state.regionIds === prev.regionIds &&
      state.year === prev.year &&
      state.locale === prev.locale &&
      state.slide === prev.slide &&
      state.measure === prev.measure &&
      state.merge === prev.merge &&
      TABLE_KEYS.every((k) => state[k] === prev[k])
    )
      return;
    const search = serializeView(state, win.location.search);
    // Typing in a search box replaces the entry: back goes to the view before the search, not letter by letter.
    const typing = state.product !== prev.product || state.commune !== prev.commune;
    if (search !== win.location.search)
      win.history[typing ? 'replaceState' : 'pushState'](null, '', `${win.location.pathname}${search}${win.location.hash}`);
  });
  const onPop = () => {
    fromPop = true;
    useViewStore.getState().actions.syncFromUrl(win.location.search);
    fromPop = false;
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
