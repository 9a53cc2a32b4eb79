import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/** What src/core may never import, whichever folder it is in. */
const CORE_PURITY = [
  {
    group: ['react', 'react-dom', 'react/*', 'sigma', '@sigma/*', '@react-sigma/*'],
    message: 'src/core must not depend on UI libraries.',
  },
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process'],
    message: 'src/core must run in the browser too: do I/O in src/cli.',
  },
  {
    group: ['**/app/**', '**/cli/**', '**/server/**'],
    message: 'src/core must not import from the app, the CLI or the server.',
  },
];

/**
 * The core's folders in layers, lowest first: a folder imports only from
 * layers below its own, never from its layer or above, so folders never
 * import each other in a circle. Scenarios (change sets and applying them)
 * sit below the analyses, which apply a project's change set to measure it;
 * comparing two analyses (and two models) sits above both. The message
 * catalogue (`text`) is the bottom: every layer, the model's validation
 * included, says things in two languages.
 */
const CORE_LAYER_ORDER = [
  ['text'],
  ['model'],
  ['catalogue'],
  ['graph', 'scenario'],
  ['analysis'],
  ['comparison', 'diagram'],
  ['io'],
  ['report'],
];

/** Each core folder with the core folders it must not import (its own layer's others, and every layer above). */
const CORE_LAYERS = Object.fromEntries(
  CORE_LAYER_ORDER.flatMap((layer, i) =>
    layer.map((folder) => [
      folder,
      [...layer.filter((other) => other !== folder), ...CORE_LAYER_ORDER.slice(i + 1).flat()],
    ]),
  ),
);

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // Hooks called in order and effects that list what they read: errors, not warnings (--max-warnings 0 anyway).
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The workers, what the import worker loads of the app, and the app's texts as pure code words them
    // (i18n/appMessage.ts): no React, so a worker never bundles it and a unit test needs no DOM.
    files: [
      'src/app/**/*.worker.ts',
      'src/app/imports/importFlow.ts',
      'src/app/imports/importProtocol.ts',
      'src/app/imports/importReport.ts',
      'src/app/i18n/appMessage.ts',
      'src/app/i18n/appTexts.ts',
      'src/app/i18n/language.ts',
      'src/app/i18n/messages/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['react', 'react-dom', 'react-i18next'],
          patterns: [
            {
              group: ['**/i18n/index.ts', './index.ts'],
              message: 'i18n/index.ts binds React: use i18n/appMessage.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The team server (src/server/) builds on core and on the CLI's helpers for files and analyses (packageFile,
    // loadCatalogue, analysisJson, parallelBetweenness, open/staticFiles): never on the app, nor on a command.
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/app/**', '**/cli/commands/**', '**/cli/main.ts', '**/cli/bin.ts'],
              message: 'src/server imports core and the CLI helpers, never the app or a CLI command.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI reaches the server only where it runs one (serve) or keeps its accounts (user); push and pull are
    // HTTP clients of it, through core's protocol.
    files: ['src/cli/**/*.ts'],
    ignores: ['src/cli/commands/serve.ts', 'src/cli/commands/user.ts', 'src/cli/serverDatabase.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**'],
              message:
                'Only serve, user and serverDatabase.ts open the server; a client speaks core/io/serverProtocol.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core runs in Node and in Web Workers: no UI libraries, no DOM.
    // (A folder missing from CORE_LAYER_ORDER still gets the purity rule.)
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': ['error', { patterns: CORE_PURITY }] },
  },
  // One rule per core folder: purity, and the layer it sits in (CORE_LAYERS).
  ...Object.entries(CORE_LAYERS).map(([folder, forbidden]) => ({
    files: [`src/core/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...CORE_PURITY,
            ...(forbidden.length === 0
              ? []
              : [
                  {
                    group: forbidden.map((f) => `**/${f}/**`),
                    message: `src/core/${folder} imports only from the layers below its own (eslint.config.js, CORE_LAYER_ORDER), not from ${forbidden.join(', ')}: move the shared code down, or the caller up.`,
                  },
                ]),
          ],
        },
      ],
    },
  })),
);
