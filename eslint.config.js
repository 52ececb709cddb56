// ESLint 9 flat config: typescript-eslint strict for all TypeScript, eslint-plugin-svelte for the renderer,
// Prettier owns formatting (eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** main/<folder> → the folders of main/ it may import (its own is always allowed). Electron: main/shell only. */
const LAYERS = {
  ucwa: [],
  words: ['ucwa', 'ipc'],
  ipc: ['ucwa', 'words', 'settings'],
  settings: ['ucwa', 'ipc'],
  sim: ['ucwa'],
  app: ['ucwa', 'words', 'ipc'],
  backend: ['app', 'ipc', 'ucwa', 'words', 'settings'],
  cli: ['app', 'ucwa', 'sim', 'words', 'ipc'],
  shell: ['backend', 'app', 'ipc', 'settings', 'sim', 'ucwa', 'words'],
};
/** What the app model may take from main/ipc: the contract only (never the handler table or the ports). */
const APP_FROM_IPC = '^(\\.\\./)+ipc/(?!(contract|levels|channels)\\.js$)';

function layerRules() {
  const folders = Object.keys(LAYERS);
  return folders.map((folder) => {
    const banned = folders.filter((f) => f !== folder && !LAYERS[folder].includes(f));
    const patterns = [];
    if (banned.length > 0) {
      patterns.push({
        regex: `^(\\.\\./)+(${banned.join('|')})/`,
        message: `main/${folder} may import only from ${['its own folder', ...LAYERS[folder].map((f) => `main/${f}`)].join(', ')} (ARCHITECTURE.md).`,
      });
    }
    if (folder === 'app')
      patterns.push({ regex: APP_FROM_IPC, message: 'main/app may use only the IPC contract.' });
    const paths =
      folder === 'shell'
        ? []
        : [{ name: 'electron', message: 'Electron stays in main/shell and main/index.ts.' }];
    return {
      files: [`main/${folder}/**`],
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] },
    };
  });
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'docs/**', 'bench/results.json', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,svelte}', 'renderer/**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
  },
  // The layer rules (ARCHITECTURE.md): which folder of main/ may import which. One config per folder, generated
  // from the table below, so the picture in the docs and the imports cannot drift apart.
  ...layerRules(),
  {
    files: ['renderer/**', 'preload/**'],
    rules: {
      // `import { type X } from contract` would still load the module (and zod) for its side effects.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // The typescript-eslint version of the rule: it can tell type-only imports apart (allowTypeImports).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+main/(?!ipc/(contract|levels|channels)(\\.js|\\.ts)?$)',
              message:
                'The renderer and preload may import only main/ipc/contract.ts, levels.ts and channels.ts from main/.',
            },
            {
              // contract.ts builds zod schemas when it loads: values come from levels.ts / channels.ts instead.
              regex: '^(\\.\\./)+main/ipc/contract(\\.js|\\.ts)?$',
              allowTypeImports: true,
              message:
                'Import only types from main/ipc/contract.ts here (zod stays out of the bundle): take values from main/ipc/levels.ts or main/ipc/channels.ts.',
            },
          ],
        },
      ],
    },
  },
);
