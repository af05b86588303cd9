// The configurator's page script (demo/configurator.html): one ES module in dist/configurator/, with Lit,
// the widget's configuration rules and the scanner's catalogue bundled in, so that the page works from
// any static folder beside dist/cookie-charter.js, with no network.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

export default {
  input: 'demo/configurator/main.ts',
  output: { file: 'dist/configurator/configurator.js', format: 'es', plugins: [terser({ format: { comments: false } })] },
  plugins: [
    nodeResolve(),
    // packages/scan/catalogue.json, read at build time: the scanner's own file, never a copy.
    esbuild({
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      loaders: { '.json': 'json' },
      define: { __VERSION__: JSON.stringify(version) },
    }),
    // The banner's styles as the widget's files carry them: the written banner's style sheet, and its CSP hash, are the same.
    minifyTemplates(),
  ],
};
