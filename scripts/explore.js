// `npm run explore -- --minutes N [--sequences N] [--workers N]`: the model-based test in Node with
// random seeds, before a landing (CI runs only the corpus and fixed seeds). Each worker process takes
// one seed after another, in both worlds (one host, two subdomains), sequences of up to 40 steps in
// three tabs. It prints the counts, and every failure as a corpus case (test/model/corpus/), also
// written to .tmp/explore/. Exits 1 when something failed.
import { fork } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { buildNodeTests, NODE_TESTS_OUT } from './node-tests.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    sequences: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    worker: { type: 'boolean', default: false },
  },
});
const deadline = Date.now() + Number(values.minutes) * 60000;
const limit = values.sequences ? Number(values.sequences) : Infinity;

if (values.worker) {
  // One worker: seeds one after another until the time or its share of sequences is spent.
  const { runModel } = await import(`../${NODE_TESTS_OUT}/run-model.mjs`);
  const worlds = ['one-host', 'subdomains'];
  let sequences = 0;
  for (let round = 0; Date.now() < deadline && sequences < limit; round++) {
    const seed = randomInt(2 ** 31);
    const world = worlds[round % 2];
    const runs = Math.min(2000, limit - sequences);
    // Short sequences and long ones (up to 40 steps) in turn: a fault may need either.
    const size = ['small', 'medium', 'large'][Math.floor(round / 2) % 3];
    const result = await runModel({ world, seed, runs, timeLimit: deadline - Date.now(), maxSteps: 40, size });
    sequences += result.sequences;
    process.send({ sequences: result.sequences, steps: result.steps, failure: result.failure });
  }
  process.exit(0);
}

await buildNodeTests(['test/node/run-model.ts']);
const workers = Math.max(1, Number(values.workers));
const totals = { sequences: 0, steps: 0, failures: [] };
const started = Date.now();
console.log(
  `Exploring the model with random seeds: ${workers} workers, ${values.minutes} min${Number.isFinite(limit) ? `, ${limit} sequences at most` : ''}…`,
);
const share = Math.ceil(limit / workers);
const report = setInterval(
  () =>
    console.log(
      `  ${totals.sequences} sequences, ${totals.steps} steps, ${totals.failures.length} failures, ${Math.round((Date.now() - started) / 1000)} s`,
    ),
  30000,
);
await Promise.all(
  Array.from({ length: workers }, () => {
    const child = fork(new URL(import.meta.url).pathname, [
      '--worker',
      '--minutes',
      values.minutes,
      ...(Number.isFinite(share) ? ['--sequences', String(share)] : []),
    ]);
    child.on('message', ({ sequences, steps, failure }) => {
      totals.sequences += sequences;
      totals.steps += steps;
      if (failure) {
        totals.failures.push(failure);
        mkdirSync('.tmp/explore', { recursive: true });
        const file = `.tmp/explore/failure-${Date.now()}.json`;
        writeFileSync(file, `${JSON.stringify(failure.case, null, 2)}\n`);
        console.log(
          `\nFAILED: ${failure.error}\nKept as ${file}; add it to test/model/corpus/ once understood:\n${JSON.stringify(failure.case)}\n`,
        );
      }
    });
    return new Promise((resolve) => child.on('exit', resolve));
  }),
);
clearInterval(report);
const seconds = (Date.now() - started) / 1000;
console.log(
  `Explored ${totals.sequences} sequences, ${totals.steps} steps (${(totals.steps / Math.max(1, totals.sequences)).toFixed(1)} a sequence) in ${seconds.toFixed(0)} s: ${totals.failures.length} failures.`,
);
process.exit(totals.failures.length ? 1 : 0);
