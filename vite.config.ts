// Vite build: React, the chart library split into its own chunk so the first figures paint without it.
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, noMockWorkerInBuild, shellWorker } from './scripts/build-plugins';

export default defineConfig({
  // Relative asset and data addresses: the same build works at a domain's root or under any path (/dashboard/).
  base: './',
  plugins: [react(), noMockWorkerInBuild(), contentSecurityPolicy(), shellWorker()],
  resolve: {
    alias: {
      // The chart library asks for the pre-React-18 polyfill of useSyncExternalStoreWithSelector; its state library
      // already brings the plain one, which uses React's own hook. One copy instead of two (and no polyfill).
      'use-sync-external-store/shim/with-selector': 'use-sync-external-store/with-selector.js',
    },
  },
  worker: {
    // Comments stripped as in the page's own chunks (Vite's worker build keeps the pure-call annotations otherwise).
    rolldownOptions: { output: { comments: false } },
  },
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
              // The sections (the district scorecard too: each area section draws its district lines) and what only
              // they use. They load together after the first figures; small chunks of their own would each cost
              // a request and compress worse than one.
              name: 'sections',
              test: new RegExp(
                [
                  'ui/(ocop|ntm|craft|map|districts|charts)/',
                  'ui/slides/(chart|map)-slide',
                  'ui/(chart-figure|chart-colors|data-table|print-rows-note|print-summary|data-quality-notice|sort-header|use-long-list|use-table-params|download-csv|csv|export/export-(menu|info))',
                  'i18n/messages-(ocop|ntm|craft|map|scorecard|print)',
                  'domain/((ocop|ntm|craft)/|(product|commune)-table|per-document|district-(scorecard|series)|map-projection|region-map|capped-rows|sort-rows|sort-in-steps|section-groundwork|goal-for-year|names|percent)',
                ]
                  .map((p) => `src[\\\\/]${p.replaceAll('/', '[\\\\/]')}`)
                  .join('|'),
              ),
            },
            {
              // The chart library and what it brings, as one chunk rather than one per chart type.
              name: 'charts',
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|decimal\.js-light|es-toolkit|immer|@reduxjs|redux|redux-thunk|reselect|react-redux|eventemitter3|use-sync-external-store|clsx|tiny-invariant|react-is)[\\/]/,
            },
            {
              // The in-page parser and its fetch, loaded only where the worker cannot run: one chunk, which the
              // size check counts as the worker's alternative.
              name: 'parse-document',
              test: /src[\\/](data[\\/](fetch-text|parse-document|parse-session|document-problems|document-warnings|record-|reference-checks|duplicate-ids|left-out-places|workbook[\\/])|contract[\\/](?!range|values|record-blocks))|node_modules[\\/]zod[\\/]/,
            },
            { name: 'slides', test: /src[\\/](ui[\\/](presentation|use-wake-lock|slides[\\/])|i18n[\\/]messages-present)/ },
            {
              // What the first figures need besides the entry (React, the app's words, rules and state): one chunk,
              // rather than the small shared chunks the automatic split makes between the entry and the lazy chunks
              // (each costs a request and compresses worse). Left out: what only the lazy chunks and the in-page
              // parser (contract, record checks, workbook reader) use.
              name: 'first',
              test: (id: string) =>
                /node_modules[\\/](react|react-dom|scheduler|zustand|@tanstack|idb-keyval)[\\/]|^\0|rolldown[:\\/]runtime|src[\\/]contract[\\/](range|values|record-blocks)\.ts$/.test(
                  id,
                ) ||
                (/src[\\/](i18n|domain|state|ui|app|data)[\\/]/.test(id) &&
                  !/src[\\/](data[\\/](fetch-text|parse-document|parse-session|document-problems|document-warnings|record-|reference-checks|duplicate-ids|left-out-places|workbook[\\/])|i18n[\\/]describe-workbook|ui[\\/](problem-list|export[\\/](xlsx|chart-png)))/.test(
                    id,
                  )),
            },
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
