import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild, { minify } from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' });

export default [
  {
    // The drop-in: one classic script with Lit and js-cookie inside.
    input: 'src/drop-in.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife', plugins: [minify({ target: 'es2020' })] },
    plugins: [nodeResolve(), typescript()],
  },
  {
    // For bundlers: an ES module that leaves Lit and js-cookie to the application's own copies.
    input: 'src/index.ts',
    output: { file: 'dist/cookie-charter.esm.js', format: 'es' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    plugins: [nodeResolve(), typescript()],
  },
];
