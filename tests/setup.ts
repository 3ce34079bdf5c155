// Test setup: DOM matchers, an in-memory IndexedDB, a clean DOM after each component test, and waits long
// enough for a loaded machine.
import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the last good copy lives there.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… and waitFor give up after 1 s by default; on a busy 2-core machine a first render can take longer.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
