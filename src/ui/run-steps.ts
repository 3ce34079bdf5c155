// Runs a computation written in steps (domain/steps.ts) across several tasks: a slice of steps, then a pause
// in which the page paints and answers input, so no task holds the main thread for long.
import type { Steps } from '../domain/steps';

/** How long one slice may run before it gives the thread back (a long task is anything over 50 ms). */
export const SLICE_MS = 25;

interface Scheduler {
  yield?: () => Promise<void>;
}

/** Waits for the next task: the browser's scheduler where there is one, else a message to ourselves. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  readonly sliceMs?: number;
  /** How to wait between slices (default: the next task). */
  readonly pause?: () => Promise<void>;
}

/** Runs the steps in slices of about `sliceMs`; rejects with the signal's reason once it is aborted. */
export async function runSteps<T>(steps: Steps<T>, { signal, sliceMs = SLICE_MS, pause = nextTask }: RunOptions = {}): Promise<T> {
  for (;;) {
    const start = performance.now();
    do {
      signal?.throwIfAborted();
      const r = steps.next();
      if (r.done) return r.value;
    } while (performance.now() - start < sliceMs);
    await pause();
  }
}
