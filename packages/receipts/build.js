// Builds the receiver into dist/: the command and its library for Node, and the dashboard's script
// (uPlot bundled in) and stylesheet, served by the receiver itself so that the page asks no other site.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const here = (path) => new URL(path, import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8'));
rmSync(here('dist'), { recursive: true, force: true });

await build({
  entryPoints: { cli: here('src/cli.ts'), index: here('src/index.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: here('dist'),
  external: ['@electric-sql/pglite', 'pg'],
  define: { RECEIPTS_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});

await build({
  entryPoints: [here('src/dashboard/client.ts')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  outfile: here('dist/assets/dashboard.js'),
  logLevel: 'warning',
});

mkdirSync(here('dist/assets'), { recursive: true });
const uplotCss = readFileSync(createRequire(import.meta.url).resolve('uplot/dist/uPlot.min.css'), 'utf8');
writeFileSync(here('dist/assets/dashboard.css'), `${uplotCss}\n${readFileSync(here('src/dashboard/dashboard.css'), 'utf8')}`);
