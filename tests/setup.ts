// Test setup: DOM matchers, a clean DOM after each component test, and waits long enough for a loaded machine.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default; on a busy 2-core machine a first render can take longer.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
