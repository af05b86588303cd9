import { readdirSync, readFileSync } from 'node:fs';

/** The counterexamples kept: test/model/corpus/*.json, each a case of explicit steps. */
const CORPUS = new URL('../test/model/corpus/', import.meta.url);

/**
 * Test-runner commands of the model-based test in the browser. `model-options` tells it how much to run
 * and what to replay, from the environment: MODEL_RUNS (a number of sequences per run; 16 by default),
 * MODEL_SECONDS (a time per run instead), MODEL_EXPLORE=1 (random seeds, for exploring before landing;
 * without it, each run has its fixed seed), MODEL_ONLY (one run by its name), and MODEL_SEED, MODEL_PATH
 * and MODEL_REPLAY (a failure's replay, as printed with it). `model-corpus` gives the corpus's cases.
 * `bring-to-front` puts its page in front again once its tabs are closed.
 */
export function modelOptionsPlugin() {
  return {
    name: 'model-options-command',
    async executeCommand({ command, session }) {
      // The tabs the test opens take the foreground: its page takes it back, so that the files after it
      // get animations, frames and keyboard focus as a page in front does.
      if (command === 'bring-to-front') {
        // At best: a page whose browsing context is being replaced cannot be brought forward, and needs not be.
        return session.browser
          .getPage(session.id)
          .bringToFront()
          .then(
            () => true,
            () => false,
          );
      }
      if (command === 'model-corpus')
        return readdirSync(CORPUS)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => JSON.parse(readFileSync(new URL(name, CORPUS), 'utf8')));
      if (command !== 'model-options') return undefined;
      const number = (name) => (process.env[name] && Number.isFinite(Number(process.env[name])) ? Number(process.env[name]) : undefined);
      const text = (name) => process.env[name] || undefined;
      return {
        runs: number('MODEL_RUNS') ?? (number('MODEL_SECONDS') === undefined ? 16 : undefined),
        seconds: number('MODEL_SECONDS') ?? 90,
        explore: process.env.MODEL_EXPLORE === '1',
        seed: number('MODEL_SEED'),
        path: text('MODEL_PATH'),
        replay: text('MODEL_REPLAY'),
        only: text('MODEL_ONLY'),
      };
    },
  };
}
