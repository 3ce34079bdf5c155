// Test setup: DOM matchers, and a clean DOM after each component test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy…/waitFor wait up to 5 s: the suite runs on a loaded 2-core machine, where a first render can take seconds.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
