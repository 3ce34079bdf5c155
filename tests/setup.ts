// Test setup: DOM matchers, an in-memory IndexedDB, and a clean DOM after each component test.
import '@testing-library/jest-dom/vitest';
// jsdom has no IndexedDB; the last good copy lives there.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The machine is shared and slow at times: waiting longer costs nothing when things are quick.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
