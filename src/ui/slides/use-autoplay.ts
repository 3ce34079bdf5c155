// Unattended displays: ?autoplay=20 moves on every 20 s and starts again after the last slide; ?playlist=districts
// runs the slides once per district in turn. Any key pauses.
import { useEffect, useEffectEvent, useState } from 'react';

export interface Unattended {
  /** Seconds per slide, or null for none. */
  readonly seconds: number | null;
  readonly playlist: 'districts' | null;
}

/** Reads ?autoplay= (5–3600 s) and ?playlist=districts; a playlist without autoplay moves every 20 s. */
export function readUnattended(search: string): Unattended {
  const q = new URLSearchParams(search);
  const playlist = q.get('playlist') === 'districts' ? 'districts' : null;
  const text = q.get('autoplay');
  const n = text !== null && /^\d{1,4}$/.test(text) ? Number(text) : NaN;
  const seconds = n >= 5 && n <= 3600 ? n : playlist || text !== null ? 20 : null;
  return { seconds, playlist };
}

/** Where the deck goes after `current` of `count`: the next slide, or the first one with the next district. */
export function nextStop(current: number, count: number, districts: readonly string[] | null, shown: readonly string[]) {
  if (current < count) return { slide: current + 1 };
  if (!districts || districts.length === 0) return { slide: 1 };
  const at = shown.length === 1 ? districts.indexOf(shown[0] ?? '') : -1;
  return { slide: 1, district: districts[(at + 1) % districts.length] };
}

interface Options {
  readonly unattended: Unattended;
  readonly current: number;
  readonly count: number;
  readonly go: (slide: number) => void;
  readonly districts: readonly string[];
  readonly shown: readonly string[];
  readonly setDistrict: (id: string) => void;
}

export function useAutoplay({ unattended, current, count, go, districts, shown, setDistrict }: Options) {
  const [paused, setPaused] = useState(false);
  const playlist = unattended.playlist ? districts : null;
  const running = unattended.seconds !== null && !paused;
  const advance = useEffectEvent(() => {
    const stop = nextStop(current, count, playlist, shown);
    if (stop.district) setDistrict(stop.district);
    go(stop.slide);
  });
  const start = useEffectEvent(() => {
    const first = playlist?.[0];
    if (first && !(shown.length === 1 && playlist.includes(shown[0] ?? ''))) setDistrict(first);
  });
  // A playlist starts with its first district.
  useEffect(() => start(), []);
  // The timer starts again on every slide, so a slide moved to by hand gets its full time.
  useEffect(() => {
    if (!running || unattended.seconds === null) return;
    const timer = window.setTimeout(() => advance(), unattended.seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [running, unattended.seconds, current, shown]);
  return { running, paused, pause: () => setPaused(true), resume: () => setPaused(false) };
}
