/*
 * Runs the model-based test in Node: sequences of the shared steps (test/model/model.ts) against the
 * real core in tabs of one browser (pages.ts). `npm test` runs the corpus and fixed seeds
 * (model.test.ts); `npm run explore` runs random seeds before a landing (scripts/explore.js).
 */
import fc from 'fast-check';
import {
  corpusCase,
  runSequence,
  Step,
  startArbitrary,
  startConfigs,
  stepArbitraries,
  type CorpusCase,
  type Start,
} from '../model/model.js';
import { nodeDriver } from './pages.js';

/** The two worlds the steps run in: one host, or two subdomains that may share a `cookie-domain`. */
export const HOSTS = { 'one-host': ['localhost'], subdomains: ['www.example.test', 'data.example.test'] } as const;
export type World = keyof typeof HOSTS;

export interface RunOptions {
  world: World;
  /** fast-check's seed; the same seed gives the same sequences. */
  seed: number;
  /** How many sequences at most. */
  runs: number;
  /** Stops after this many milliseconds, whatever `runs` says. */
  timeLimit?: number;
  /** The longest sequence, in steps. */
  maxSteps?: number;
  /** How long sequences tend to be, below `maxSteps` (fast-check's sizes): short ones by default, long ones to explore. */
  size?: fc.SizeForArbitrary;
}

export interface RunResult {
  sequences: number;
  steps: number;
  seed: number;
  /** The shrunk counterexample, as a corpus case, and what broke. */
  failure?: { error: string; case: CorpusCase };
}

/** The steps of a sequence that ran: fast-check wraps each, and marks those whose check let them run. */
export const ranSteps = (commands: Iterable<unknown>): Step[] =>
  [...commands]
    .map((each) => each as Step | { cmd: Step; hasRan: boolean })
    .filter((each) => !('hasRan' in each) || each.hasRan)
    .map((each) => ('cmd' in each ? each.cmd : each));

/** Replays one case of the corpus; throws what it breaks. */
export async function replay(one: CorpusCase): Promise<number> {
  const configs = startConfigs(one.hosts, one.start);
  const real = await runSequence(
    nodeDriver(configs),
    configs,
    one.steps.map((data) => new Step(data)),
  );
  return real.steps;
}

export async function runModel({ world, seed, runs, timeLimit, maxSteps = 40, size }: RunOptions): Promise<RunResult> {
  const hosts = [...HOSTS[world]];
  let sequences = 0;
  let steps = 0;
  const property = fc.asyncProperty(
    fc.commands(stepArbitraries(hosts, { wait: true }), { maxCommands: maxSteps, size }),
    startArbitrary,
    async (commands, start) => {
      const configs = startConfigs(hosts, start);
      sequences += 1;
      const real = await runSequence(nodeDriver(configs), configs, commands);
      steps += real.steps;
    },
  );
  const details = await fc.check(property, { seed, numRuns: runs, interruptAfterTimeLimit: timeLimit, includeErrorInReport: true });
  const result: RunResult = { sequences, steps, seed: details.seed };
  if (details.failed && details.counterexample) {
    const [commands, start] = details.counterexample as [Iterable<unknown>, Start];
    result.failure = {
      error: String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance),
      case: corpusCase(`${world}, Node, seed ${details.seed}`, hosts, start, ranSteps(commands)),
    };
  }
  return result;
}
