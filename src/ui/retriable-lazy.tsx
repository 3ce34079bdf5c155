// A lazily loaded component that can be loaded again: React.lazy keeps a failed import for good, so "Thử lại"
// after a dropped connection would throw the same error; reload() starts a fresh import instead.
import { lazy, type ComponentType } from 'react';

export interface Retriable<P extends object> {
  readonly Component: ComponentType<P>;
  /** Forget a failed import; the next render imports again. */
  reload(): void;
}

export function retriableLazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Retriable<P> {
  let current = lazy(load);
  function RetriableComponent(props: P) {
    const Loaded = current;
    return <Loaded {...props} />;
  }
  return {
    Component: RetriableComponent,
    reload: () => {
      current = lazy(load);
    },
  };
}
