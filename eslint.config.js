import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Process boundaries are enforced here: shared/ is pure, the renderer never touches Node or Electron. */
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url'];

/** Every renderer module: the host only through the bridge. */
const rendererHost = [
  { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'The renderer reaches the host only through the HostApi bridge.' },
  { group: ['**/electron/**'], message: 'The renderer must not import main or preload code.' },
];
/** Pages import services, services never import pages: outside features/ only app/pages.tsx names a page. */
const noPages = {
  group: ['**/features/**'],
  message: 'Only pages (features/) and the route table app/pages.tsx import from features/. Move shared code into app/ (or db/, workers/, components/).',
};
/** A .ts module is a service, store or hook: it never imports a UI module (a PascalCase .tsx component or page). */
const noUi = {
  regex: '^\\.{1,2}/(.*/)?[A-Z][^/.?]*$', // extensionless: a module, not an asset such as a .ttf
  caseSensitive: true,
  message: 'A service (.ts) never imports a component or page; move what both need into a .ts module.',
};
const restrict = (...patterns) => ['error', { patterns: [...rendererHost, ...patterns] }];
/** no-restricted-imports does not see import(): the same rule for lazy imports. */
const noLazyPages = ['error', { selector: 'ImportExpression[source.value=/\\/features\\//]', message: noPages.message }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'dist-web/**', 'node_modules/**', '.cache/**', 'test-results/**', 'bench/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*', 'react', 'react-dom', 'dexie', ...nodeBuiltins], message: 'shared/ is pure TypeScript: no DOM, Node or Electron.' },
            { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': restrict(),
    },
  },
  // A later block replaces the rule's options, so each combination lists all its patterns.
  {
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/features/**', 'renderer/src/app/pages.tsx'],
    rules: { 'no-restricted-imports': restrict(noPages), 'no-restricted-syntax': noLazyPages },
  },
  { files: ['renderer/src/features/**/*.ts'], rules: { 'no-restricted-imports': restrict(noUi) } },
  {
    files: ['renderer/src/**/*.ts'],
    ignores: ['renderer/src/features/**'],
    rules: { 'no-restricted-imports': restrict(noPages, noUi), 'no-restricted-syntax': noLazyPages },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'Main and preload never import renderer code.' }] }],
    },
  },
);
