// `npm run lint` (also run by `npm test`): ESLint's and typescript-eslint's recommended rules, and Lit's
// and the web-components plugin's for the elements. Formatting is Prettier's (`.prettierrc.json`).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
// typescript-eslint, from `tools/lint/`, where it finds the TypeScript 6 it needs.
import tseslint from 'cookie-charter-lint';

export default defineConfig(
  { ignores: ['dist/', '.tmp/', 'packages/*/dist/', 'custom-elements.json', 'test/bench/node_modules/', 'test/bench/results/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**', 'test/**', 'demo/state.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: [
      '*.js',
      '*.cjs',
      'scripts/**',
      'tools/**',
      'packages/**',
      'demo/serve.js',
      'demo/portals.js',
      'test/bench/**',
      'test/package/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // The scanner's script that runs in the scanned page.
    files: ['packages/scan/src/page/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['src/ui/**'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
  },
  // Who may import whom (ARCHITECTURE.md): the core imports nothing above it, not even its effects; the
  // effects (enforcement/) only the core; the charter's content only the core's types and data; the UI
  // never the start-up or the effects; the start-up no Lit, and the UI's types only; the placeholders no
  // Lit, nothing of the UI, and only types of the core and of the effects (they get the core itself from
  // the page: their file is built alone, and a copy of core code in it would be a second core).
  ...[
    [
      'src/consent/**',
      ['../enforcement/*', '../ui/*', '../start/*', '../charter/*', '../placeholder/*', '../*.js', 'lit', 'lit/*', '@lit/*'],
    ],
    // The enforcement module is loaded on demand: imported whole, it would join the core's file.
    [
      'src/enforcement/**',
      ['../ui/*', '../start/*', '../placeholder/*', '../*.js', 'lit', 'lit/*', '@lit/*'],
      ['./enforcement.js', '../charter/*'],
    ],
    ['src/charter/**', ['../enforcement/*', '../ui/*', '../start/*', '../placeholder/*', '../*.js', 'lit', 'lit/*', '@lit/*']],
    // The texts of each language, one folder down (banner/, placeholder/): the same rule, from there.
    [
      'src/charter/*/**',
      ['../../enforcement/*', '../../ui/*', '../../start/*', '../../placeholder/*', '../../*.js', 'lit', 'lit/*', '@lit/*'],
    ],
    ['src/ui/**', ['../enforcement/*', '../start/*', '../placeholder/*', '../*.js']],
    ['src/start/**', ['../*.js', '../placeholder/*', 'lit', 'lit/*', '@lit/*'], ['../ui/*', '../enforcement/enforcement.js']],
    ['src/placeholder/**', ['../ui/*', '../start/*', '../*.js', 'lit', 'lit/*', '@lit/*'], ['../consent/*', '../enforcement/*']],
    // The scanner bundles the widget's rules (consent/) and the charter's content, never its effects, UI or start-up.
    [
      'packages/scan/src/**',
      ['**/src/enforcement/*', '**/src/ui/*', '**/src/start/*', '**/src/placeholder/*', '**/src/*.js', 'lit', 'lit/*', '@lit/*'],
    ],
  ].map(([files, never, typesOnly = []]) => ({
    files: [files],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: never, message: 'see "Who may import whom" in ARCHITECTURE.md' },
            ...(typesOnly.length ? [{ group: typesOnly, allowTypeImports: true, message: 'types only: see ARCHITECTURE.md' }] : []),
          ],
        },
      ],
    },
  })),
  {
    // gtag.js reads the `arguments` object that Google's own snippet pushes; an array would not do.
    files: ['src/enforcement/google-consent-mode.ts'],
    rules: { 'prefer-rest-params': 'off' },
  },
);
