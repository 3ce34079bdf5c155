// Vite build: React, the chart library split into its own chunk so the first figures paint without it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** Scripts only from the app itself in the built page; data strings can never become code. */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src *; object-src 'none'; base-uri 'self'; form-action 'none'";

export default defineConfig({
  // Relative asset and data addresses: the same build works at a domain's root or under any path (/dashboard/).
  base: './',
  plugins: [
    react(),
    {
      // The MSW worker serves `npm run dev -- ?mock=…` from public/; it has no business in a deployment.
      name: 'no-mock-worker-in-build',
      apply: 'build',
      writeBundle: (options) => rmSync(join(options.dir ?? 'dist', 'mockServiceWorker.js'), { force: true }),
    },
    {
      name: 'content-security-policy',
      apply: 'build',
      transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
    },
  ],
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
