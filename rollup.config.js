import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.js';
import { thirdPartyLicenses } from './scripts/third-party-licenses.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const typescript = (target = 'es2020') =>
  esbuild({ target, tsconfig: 'tsconfig.json', define: { __VERSION__: JSON.stringify(version) } });
const minified = [minify({ target: 'es2020' })];
// The UI runs only in browsers with native custom elements, shadow DOM and <dialog>: the last two
// years of evergreen browsers all run ES2022. Lit's licence goes to a file beside it, not into every download.
const uiTarget = 'es2022';
const uiMinified = [minify({ target: uiTarget, legalComments: 'none' })];

export default [
  {
    // The drop-in: a classic script holding the consent core and a loader for the UI files below.
    input: 'src/drop-in.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife', plugins: minified },
    plugins: [nodeResolve(), typescript()],
  },
  {
    // The banner (Lit, the element, its styles and the banner's words in every language), loaded by the
    // drop-in only when shown; the charter's texts, one file per language, loaded when the dialog opens.
    input: {
      'cookie-charter-ui': 'src/ui/define.ts',
      'cookie-charter-fr': 'src/charter/fr.ts',
      'cookie-charter-en': 'src/charter/en.ts',
      'cookie-charter-messages': 'src/consent/messages.ts',
      'cookie-charter-enforcement': 'src/consent/enforcement.ts',
    },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', plugins: uiMinified },
    plugins: [nodeResolve(), typescript(uiTarget), minifyTemplates(), thirdPartyLicenses('cookie-charter-ui.licenses.txt')],
  },
  {
    // For bundlers: ES modules that leave Lit and js-cookie to the application's own copies;
    // `consent` is the core alone, for a portal that draws its own banner.
    input: { 'cookie-charter': 'src/module.ts', consent: 'src/consent/index.ts' },
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    plugins: [nodeResolve(), typescript(), minifyTemplates()],
  },
];
