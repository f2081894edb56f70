// Lint enforces the architecture, not just style: where each runtime may import from, where raw
// IPC may appear, no default exports, no focused or unexplained skipped tests.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { regex: '^node:', message: 'shared/ and renderer/ must not use Node APIs.' };

/** Rules every group shares; groups below add their own restricted imports on top. */
const electronOnlyIn = 'Only electron/main.ts, electron/preload.ts and electron/ipc/register.ts import electron.';
const noRawIpc = [
  { name: 'electron', importNames: ['ipcRenderer'], message: 'ipcRenderer is used only in electron/preload.ts.' },
  { name: 'electron', importNames: ['ipcMain'], message: 'ipcMain is used only in electron/ipc/register.ts.' },
];
const restrict = (paths, patterns = []) => ['error', { paths, patterns }];

const RESTRICTED_SYNTAX = [
  { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
  {
    selector: 'MemberExpression[object.name=/^(describe|it|test)$/][property.name="only"]',
    message: 'Focused tests silently drop the rest of the suite.',
  },
  {
    // `test.skip(condition, 'why')` is allowed; a skip without a literal reason is not.
    selector: 'CallExpression[callee.property.name="skip"]:not([arguments.1.type=/Literal$/])',
    message: 'A skipped test must say why: test.skip(condition, "reason").',
  },
];
// A deferred transaction that reads, then writes, fails at once with "database is locked" when
// another process writes (issue 12); writeTransaction begins IMMEDIATE and waits its turn instead.
const DEFERRED_WRITES = [
  {
    selector: 'CallExpression[callee.property.name="transaction"]',
    message: 'Use writeTransaction(db, fn) from electron/db/write-transaction.ts: it begins IMMEDIATE.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(exec|prepare)$/][arguments.0.value=/^\\s*BEGIN\\b/i]',
    message: 'Begin transactions only through writeTransaction(db, fn) (electron/db/write-transaction.ts).',
  },
];

export default tseslint.config(
  {
    // Stryker's sandbox copies of the project and its reports are not source.
    ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', '.stryker-tmp/', 'reports/'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: false }],
      // `onChange={e => set(…)}` is idiomatic React; braces there add noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-console': 'error',
      'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX, ...DEFERRED_WRITES],
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: electronOnlyIn }],
      ),
      // The driver must load after URI filenames are switched on (electron/db/driver.ts); types are fine.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'better-sqlite3-multiple-ciphers', allowTypeImports: true, message: 'Import Database from electron/db/driver.ts.' }],
          patterns: [{ group: ['better-sqlite3-multiple-ciphers/*'], allowTypeImports: true, message: 'Driver internals belong in electron/db/driver.ts.' }],
        },
      ],
    },
  },
  {
    files: ['electron/db/driver.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The one place a transaction is begun.
    files: ['electron/db/write-transaction.ts'],
    rules: { 'no-restricted-syntax': ['error', ...RESTRICTED_SYNTAX] },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { name: 'electron', message: 'shared/ is pure TypeScript.' },
          { name: 'react', message: 'shared/ is pure TypeScript.' },
        ],
        [
          { regex: '(^|/)(electron|renderer)(/|$)', message: 'shared/ imports nothing outside shared/.' },
          NODE_BUILTINS,
        ],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: 'The renderer talks to main only through window.advisor.' }],
        [{ regex: '(^|/)electron(/|$)', message: 'The renderer never imports electron/.' }, NODE_BUILTINS],
      ),
    },
  },
  {
    files: ['electron/main.ts'],
    rules: { 'no-restricted-imports': restrict(noRawIpc) },
  },
  {
    files: ['electron/preload.ts'],
    rules: { 'no-restricted-imports': restrict([noRawIpc[1]]) },
  },
  {
    files: ['electron/ipc/register.ts'],
    rules: { 'no-restricted-imports': restrict([noRawIpc[0]]) },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc/register.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [{ name: 'electron', message: electronOnlyIn }],
        [{ regex: '(^|/)renderer(/|$)', message: 'electron/ never imports renderer/.' }],
      ),
    },
  },
  {
    // Build scripts are plain Node and print their progress.
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'stryker.config.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  {
    // Tests poke at JSON fixtures and index arrays they just built; type gymnastics there add no safety.
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Tools require a default export from their config files.
    files: ['vite.config.ts', 'vitest.config.ts', 'test/mutation/*.config.ts', 'playwright.config.ts', 'eslint.config.js', 'stryker.config.mjs'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
