/**
 * A test-runner command, `model-options`, that tells the model-based test how long to run and what
 * to replay, from the environment: MODEL_RUNS (a number of sequences, with no time limit),
 * MODEL_SECONDS (the time given to each run; 90 by default), MODEL_SEED and MODEL_PATH (a failure's
 * replay, as printed with it).
 */
export function modelOptionsPlugin() {
  return {
    name: 'model-options-command',
    executeCommand({ command }) {
      if (command !== 'model-options') return undefined;
      const number = (name) => (process.env[name] && Number.isFinite(Number(process.env[name])) ? Number(process.env[name]) : undefined);
      return {
        runs: number('MODEL_RUNS'),
        seconds: number('MODEL_SECONDS') ?? 90,
        seed: number('MODEL_SEED'),
        path: process.env.MODEL_PATH || undefined,
      };
    },
  };
}
