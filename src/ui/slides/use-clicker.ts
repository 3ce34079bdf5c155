// The keys of a presentation clicker and keyboard: next, back, first, last, a number then Enter, blank, full screen.
import { useEffect, useEffectEvent, useState } from 'react';

export const NEXT_KEYS = ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'Enter'];
export const BACK_KEYS = ['ArrowLeft', 'ArrowUp', 'PageUp'];

interface Options {
  readonly current: number;
  readonly count: number;
  readonly go: (slide: number) => void;
  readonly exit: () => void;
  /** Opens the presenter view (S); absent in the presenter view itself. */
  readonly presenter?: () => void;
  /** Called on every key the deck handles (it pauses automatic slides). */
  readonly onKey?: () => void;
}

export function useClicker({ current, count, go, exit, presenter, onKey }: Options) {
  const [blank, setBlank] = useState(false);
  const [typed, setTyped] = useState('');
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
    const s = { current, count, typed, go, exit, presenter, onKey };
    // Enter and Space on a focused button press that button, as everywhere else.
    const onControl = e.target instanceof HTMLElement && e.target.closest('button, a, select, input, textarea');
    if (onControl && (e.key === 'Enter' || e.key === ' ')) return;
    const to = (n: number) => {
      e.preventDefault();
      s.onKey?.();
      s.go(Math.min(Math.max(n, 1), s.count));
    };
    if (/^[0-9]$/.test(e.key)) {
      e.preventDefault();
      setTyped((t) => (t + e.key).slice(-3));
      return;
    }
    if (e.key === 'Enter' && s.typed) {
      setTyped('');
      to(Number(s.typed));
      return;
    }
    if (e.key !== 'Shift') setTyped('');
    if (NEXT_KEYS.includes(e.key)) to(s.current + 1);
    else if (BACK_KEYS.includes(e.key)) to(s.current - 1);
    else if (e.key === 'Home') to(1);
    else if (e.key === 'End') to(s.count);
    else if (e.key === 'b' || e.key === 'B' || e.key === '.') {
      e.preventDefault();
      s.onKey?.();
      setBlank((b) => !b);
    } else if (e.key === 'f' || e.key === 'F') void toggleFullscreen();
    else if ((e.key === 's' || e.key === 'S') && s.presenter) s.presenter();
    else if (e.key === 'Escape' && !document.fullscreenElement) s.exit();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  return { blank, typed, setBlank };
}

export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Full screen refused (iframe, policy): the slides still fill the window.
  }
}
