// After the first paint, computes the province's figures for every year in idle time, so a year change finds them ready.
import { useEffect } from 'react';
import type { DocumentIndex } from '../domain/document-index';
import { buildOverview } from '../domain/overview';

type Idle = (cb: () => void) => number;

export function useWarmYears(index: DocumentIndex): void {
  useEffect(() => {
    const idle: Idle =
      typeof window.requestIdleCallback === 'function'
        ? (cb) => window.requestIdleCallback(cb, { timeout: 2000 })
        : (cb) => window.setTimeout(cb, 50);
    const cancel = typeof window.cancelIdleCallback === 'function' ? window.cancelIdleCallback : window.clearTimeout;
    const years = [...index.years].reverse();
    let handle = 0;
    const next = () => {
      const year = years.shift();
      if (year === undefined) return;
      buildOverview(index, { regionIds: null, year }); // results stay in the per-document metric cache
      handle = idle(next);
    };
    handle = idle(next);
    return () => cancel(handle);
  }, [index]);
}
