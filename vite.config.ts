// Vite build: React, the chart library split into its own chunk so the first figures paint without it.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, noMockWorkerInBuild, shellWorker } from './scripts/build-plugins';

export default defineConfig({
  // Relative asset and data addresses: the same build works at a domain's root or under any path (/dashboard/).
  base: './',
  plugins: [react(), noMockWorkerInBuild(), contentSecurityPolicy(), shellWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        // The sections and the chart slides share most of their code: one chunk for them costs less than many.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'sections',
              test: /src[\\/](ui[\\/](ocop|ntm|craft|map)[\\/]|ui[\\/]slides[\\/](chart|map)-slide|i18n[\\/]messages-(ocop|ntm|craft|map)|domain[\\/](ocop|ntm|craft)-series)/,
            },
            { name: 'slides', test: /src[\\/](ui[\\/](presentation|slides[\\/])|i18n[\\/]messages-present)/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Generous limits: the suite must pass on a loaded 2-core machine, where a national-scale test takes seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
