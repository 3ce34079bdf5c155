// Lint: TypeScript, React hooks, TanStack Query, and the one-way layer rule. Layers, lowest first:
//   contract (the document's shape) → domain and data (side by side; neither imports the other)
//   → i18n → state → ui → app. A layer imports only from layers before it. Tests may cross layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const layer = (files, forbidden, message) => ({
  files,
  ignores: ['**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.bench', '.test-output'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Data strings are text, never HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Data strings are text, never HTML.' },
      ],
    },
  },
  {
    files: ['mocks/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.ts', '**/*.test.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  layer(['src/contract/**'], ['**/domain/*', '**/data/*', '**/ui/*', '**/state/*', '**/app/*', '**/i18n/*', 'react', 'react-dom', '@tanstack/*', 'zustand', 'recharts'], 'contract/ is the document\'s shape only: it imports nothing of the app.'),
  layer(['src/domain/**'], ['**/data/*', '**/ui/*', '**/state/*', '**/app/*', '**/i18n/*', 'react', 'react-dom', '@tanstack/*', 'zustand', 'recharts'], 'domain/ is pure TypeScript: no React, store, fetch or UI.'),
  layer(['src/data/**'], ['**/ui/*', '**/state/*', '**/app/*', '**/i18n/*', '**/domain/*', 'react', 'react-dom', 'zustand', 'recharts'], 'data/ owns the network and the contract only.'),
  layer(['src/i18n/**'], ['**/ui/*', '**/state/*', '**/app/*', 'react', 'react-dom', 'zustand', 'recharts', '@tanstack/*'], 'i18n/ turns domain results into words; no React.'),
  layer(['src/state/**'], ['**/ui/*', '**/app/*', '**/data/*', 'recharts', '@tanstack/*'], 'state/ is view state only, never server data.'),
  layer(['src/ui/**'], ['**/app/*', '@tanstack/*', '**/data/fetch-text', '**/data/document-query'], 'ui/ is presentational: it gets ready data.'),
);
