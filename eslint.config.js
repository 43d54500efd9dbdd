// Layering is enforced here, as VS Code's code-layering rule does:
// - the engine, CLI and preview never import `electron` (only main.ts, preload.ts and electron/shell/ may);
// - the renderer imports only shared/, its own files and browser packages, never Node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'zlib',
  'crypto',
  'stream',
  'worker_threads',
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test/fixtures/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'Only electron/main.ts, electron/preload.ts and electron/shell/ may import electron.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'electron/main.ts',
      'electron/preload.ts',
      'electron/shell/**/*.ts',
      'test/unit/shell/**/*.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the engine only through shared/api.ts.',
            },
          ],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer is browser code: no Node built-ins.' },
            {
              group: ['**/electron/**', '../electron/*', '../../electron/*'],
              message: 'The renderer imports only shared/ and browser code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is used by both processes.' }],
          patterns: [
            {
              group: nodeBuiltins,
              message: 'shared/ is used by the renderer too: no Node built-ins.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
);
