import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const typescript = () =>
  esbuild({ target: 'es2020', tsconfig: 'tsconfig.json', define: { __VERSION__: JSON.stringify(version) } });
const minified = [minify({ target: 'es2020' })];

export default [
  {
    // The drop-in: a classic script holding the consent core and a loader for the UI file below.
    input: 'src/drop-in.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife', plugins: minified },
    plugins: [nodeResolve(), typescript()],
  },
  {
    // The banner and the charter (Lit and the texts inside), loaded by the drop-in only when shown.
    input: { 'cookie-charter-ui': 'src/ui/define.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', plugins: minified },
    plugins: [nodeResolve(), typescript()],
  },
  {
    // For bundlers: ES modules that leave Lit to the application's own copy.
    input: { 'cookie-charter': 'src/module.ts' },
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external: [/^lit($|\/)/, /^@lit\//],
    plugins: [nodeResolve(), typescript()],
  },
];
