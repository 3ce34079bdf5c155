// The problem list, loaded only when a document has problems to list: the first figures do without its code.
import { lazy, Suspense, type ComponentProps } from 'react';

const ProblemList = lazy(() => import('./problem-list').then((m) => ({ default: m.ProblemList })));

export function LazyProblemList(props: ComponentProps<typeof ProblemList>) {
  return (
    <Suspense fallback={null}>
      <ProblemList {...props} />
    </Suspense>
  );
}
