// Work done in steps: a computation written as a generator yields between pieces of work, where the page may
// paint or answer input before going on. `finish` runs the steps at once (tests, small documents, Node).

/** A computation in steps: each `yield` is a safe place to pause; the return value is its result. */
export type Steps<T> = Generator<void, T, undefined>;

/** Runs every step now and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Calls `each` for every item, pausing after every `every` items. */
export function* forEachInSteps<T>(items: readonly T[], every: number, each: (item: T, i: number) => void): Steps<void> {
  for (let i = 0; i < items.length; i++) {
    each(items[i] as T, i);
    if ((i + 1) % every === 0 && i + 1 < items.length) yield;
  }
}
