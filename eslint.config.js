// ESLint 9 flat config: typescript-eslint strict for all TypeScript, eslint-plugin-svelte for the renderer,
// Prettier owns formatting (eslint-config-prettier turns the overlapping rules off).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

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
  // Layer rules from design.md: the protocol client and the app model never see Electron;
  // the renderer and preload reach main only through the IPC contract.
  {
    files: [
      'main/ucwa/**',
      'main/app/**',
      'main/sim/**',
      'main/ipc/**',
      'main/backend/**',
      'main/settings/**',
      'main/cli/**',
      'main/policy/**',
      'main/log/**',
      'main/diagnostics/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Electron stays in main/shell and main/index.ts.' }] },
      ],
    },
  },
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
