// The built declarations, as a user's TypeScript reads them: test/types/usage.ts imports the package by
// its name, with the two module resolutions that applications use.
import { spawnSync } from 'node:child_process';
import test from 'node:test';
import assert from 'node:assert/strict';

const tsc = new URL('../../node_modules/.bin/tsc', import.meta.url).pathname;

for (const config of ['tsconfig.json', 'tsconfig.nodenext.json']) {
  test(`test/types/usage.ts compiles against dist/types/ (${config})`, () => {
    const result = spawnSync(tsc, ['-p', new URL(`../types/${config}`, import.meta.url).pathname], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stdout + result.stderr);
  });
}
