// Test setup: DOM matchers, a clean DOM after each component test, and waits that survive a loaded machine.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy*/waitFor give up after this long; the first render of a file pays for cold imports.
configure({ asyncUtilTimeout: 5000 });

// On a machine shared with other work a component test can take several seconds; a hang still fails.
vi.setConfig({ testTimeout: 30_000 });

afterEach(() => cleanup());
