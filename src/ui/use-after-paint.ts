// What can wait for the figures: a value that follows `value` once the browser has painted the frame after the
// change, in a transition that input can interrupt. A filter change then puts the figures on screen first, and
// the charts and tables render after, instead of competing with them for the same frame.
import { startTransition, useEffect, useState } from 'react';

/** Calls `run` after the next paint (the next frame, then a task); returns what cancels it. */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Without frames (a hidden page, a test environment without them) a task is enough.
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** `value` as it was at the last paint: equal to `value` from the first frame after each change. */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    return afterNextPaint(() => startTransition(() => setShown(value)));
  }, [value, shown]);
  return shown;
}
