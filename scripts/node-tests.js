// Bundles the TypeScript tests that run in Node (test/node/*.test.ts, and what they import from src/)
// into .tmp/node-tests/, for `node --test`: esbuild compiles, as it does for the browsers.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';

export const NODE_TESTS_OUT = '.tmp/node-tests';

/** Bundles `entries` (every test/node/*.test.ts by default); returns the bundles' paths. */
export async function buildNodeTests(
  entries = readdirSync('test/node')
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/node/${name}`),
) {
  await build({
    entryPoints: entries,
    outdir: NODE_TESTS_OUT,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: 'tsconfig.json',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return entries.map((entry) => `${NODE_TESTS_OUT}/${entry.slice('test/node/'.length).replace(/\.ts$/, '.mjs')}`);
}
