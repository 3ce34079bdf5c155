// Vite build: React, the chart library split into its own chunk so the first figures paint without it.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, shellWorker } from './scripts/build-plugins';

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), shellWorker()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
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
