// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Domain packages stay framework-free: no server, database or HTTP code may be imported from them. */
const domainPackages = ['packages/domain/src/**', 'packages/import/src/**', 'packages/matching/src/**'];
const forbiddenInDomain = [
  { group: ['@coopex/db', '@coopex/db/*'], message: 'Domain packages must not import database code.' },
  {
    group: ['@coopex/server', '@coopex/server/*', '@coopex/cli', '@coopex/use-cases'],
    message: 'Domain packages must not import application or entry-point code.',
  },
  {
    group: ['fastify', 'fastify/*', '@fastify/*', 'pg', '@electric-sql/*'],
    message: 'Domain packages must not import HTTP or database libraries.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', '.tmp/**', 'data/**', 'coverage/**', 'artifacts/**', 'apps/web/dist/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    // The web app runs in the browser, not in Node.
    files: ['apps/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: domainPackages,
    rules: { 'no-restricted-imports': ['error', { patterns: forbiddenInDomain }] },
  },
);
