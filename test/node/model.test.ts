/*
 * The model-based test in Node, as `npm test` runs it: every case of the corpus (test/model/corpus/),
 * then a fixed number of sequences from fixed seeds in both worlds, so that CI is never a lottery.
 * `npm run explore -- --minutes N` explores with random seeds instead.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { CorpusCase } from '../model/model.js';
import { replay, runModel, type World } from './run-model.js';

/** Run from the repository's root, as npm runs scripts. */
const corpus = new URL('test/model/corpus/', `file://${process.cwd()}/`);
const cases: CorpusCase[] = readdirSync(corpus)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, corpus), 'utf8')));

test(`the model's corpus replays (${cases.length} cases)`, async () => {
  for (const one of cases) await replay(one).catch((error) => assert.fail(`corpus case "${one.found}": ${error.message}`));
});

/** Sequences per world from its fixed seed: about fifteen seconds each on a two-core machine. */
const RUNS = Number(process.env.MODEL_NODE_RUNS) || 6000;
const SEEDS: Record<World, number> = { 'one-host': 20261206, subdomains: 20261207 };

for (const world of Object.keys(SEEDS) as World[]) {
  test(`the consent core holds every rule, ${world}, ${RUNS} sequences from seed ${SEEDS[world]}`, async () => {
    const started = Date.now();
    const result = await runModel({ world, seed: SEEDS[world], runs: RUNS });
    console.log(
      `model (${world}, Node): ${result.sequences} sequences, ${result.steps} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (result.failure)
      assert.fail(`${result.failure.error}\nKeep it in the corpus (test/model/corpus/NAME.json):\n${JSON.stringify(result.failure.case)}`);
  });
}
