// Builds the scanner into dist/: the command and its library for Node, with the widget's own rules
// (durations, cookie names, the reading of the charter) bundled in, and the script it runs in pages.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const here = (path) => new URL(path, import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(here('package.json'), 'utf8'));
rmSync(here('dist'), { recursive: true, force: true });

// The reading of the charter runs in the scanned page: a classic script, given to the Node code as text.
const page = await build({
  entryPoints: [here('src/page/charter.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'cookieCharterScan',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  write: false,
  logLevel: 'warning',
});

await build({
  entryPoints: { cli: here('src/cli.ts'), index: here('src/index.ts') },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  splitting: true,
  outdir: here('dist'),
  external: ['puppeteer-core'],
  define: { PAGE_CHARTER: JSON.stringify(page.outputFiles[0].text), SCAN_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
