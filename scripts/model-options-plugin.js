/**
 * Test-runner commands of the model-based test. `model-options` tells it how long to run and what to
 * replay, from the environment: MODEL_RUNS (a number of sequences, with no time limit), MODEL_SECONDS
 * (the time given to each run; 90 by default), MODEL_ONLY (one run by its name), and MODEL_SEED,
 * MODEL_PATH and MODEL_REPLAY (a failure's replay, as printed with it). `bring-to-front` puts its page in front again once its tabs are closed.
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
      if (command !== 'model-options') return undefined;
      const number = (name) => (process.env[name] && Number.isFinite(Number(process.env[name])) ? Number(process.env[name]) : undefined);
      const text = (name) => process.env[name] || undefined;
      return {
        runs: number('MODEL_RUNS'),
        seconds: number('MODEL_SECONDS') ?? 90,
        seed: number('MODEL_SEED'),
        path: text('MODEL_PATH'),
        replay: text('MODEL_REPLAY'),
        only: text('MODEL_ONLY'),
      };
    },
  };
}
