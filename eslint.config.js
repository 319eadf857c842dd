// Lint runs with --max-warnings 0. The per-folder import rules keep the layers apart
// (STYLE.md habit 1): shared/ is pure, renderer/ never touches Electron or Node, electron/ never the DOM app,
// node/ is the Node-only code main and the command-line tool both use (files on disk), and nothing else.
import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url'];

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'eslint-comments/no-unlimited-disable': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'shared/ runs everywhere: no Electron or Node imports.' },
            { group: ['react', 'react-dom', 'dexie', '**/renderer/**', '**/electron/**', '**/node/**'], message: 'shared/ imports no UI, database, shell or Node-only code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', ...nodeBuiltins], message: 'The renderer reaches the shell only through renderer/platform.' },
            { group: ['**/electron/**', '**/node/**'], message: 'The renderer must not import main-process or Node-only code.' },
          ],
        },
      ],
      // Every user-visible string comes from the locale files.
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // Form field paths and translation keys are identifiers, not UI text.
          callees: { exclude: ['register', 't', 'fieldError', 'useWatch', 'setValue', 'getValues'] },
          'jsx-attributes': { include: ['label', 'placeholder', 'title', 'aria-label', 'alt', 'description', 'legend', 'message'] },
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'Main owns no UI and no data.' }] },
      ],
    },
  },
  {
    files: ['node/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron'], message: 'node/ runs in the command-line tool too, where there is no Electron.' },
            { group: ['**/renderer/**', '**/electron/**', '**/cli/**', 'react', 'react-dom', 'dexie'], message: 'node/ is below main and the command-line tool, never above them.' },
          ],
        },
      ],
    },
  },
  {
    // Declaration merging (i18next's typed keys, Vite's env) only works with interfaces.
    files: ['**/*.d.ts'],
    rules: { '@typescript-eslint/consistent-type-definitions': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', 'scripts/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
