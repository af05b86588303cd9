import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import {
  runSequence,
  Step,
  startArbitrary,
  startConfigs,
  stepArbitraries,
  type CorpusCase,
  type Driver,
  type Model,
  type Real,
  type Report,
  type Start,
  type TabConfig,
  type TabState,
} from '../model/model.js';

/*
 * The model-based test of the consent state in real browsers. The steps, the reader of the cookie and
 * the invariants are test/model/model.ts's, shared with the test in Node (test/node/model.test.ts),
 * which explores far more sequences: here they run against real portal pages
 * (test/fixtures/model/tab.html) open in three tabs of one browser, so that the pages follow the rules
 * too (gated scripts, deletion, other tabs, the banner). First every case of the corpus
 * (test/model/corpus/) replays, then sequences from a fixed seed. A failure prints its steps as a
 * corpus file, and the line that replays it.
 */

const FIREFOX = navigator.userAgent.includes('Firefox');

/* The tabs, driven by messages (a tab on another host name is another origin). */

let nextRequest = 0;
const replies = new Map<number, (data: { result?: unknown; error?: string }) => void>();
const readies = new Map<string, () => void>();
addEventListener('message', (event) => {
  const data = event.data as { id?: number; ready?: string; result?: unknown; error?: string } | null;
  if (typeof data?.ready === 'string') readies.get(data.ready)?.();
  else if (typeof data?.id === 'number') replies.get(data.id)?.(data);
});

const within = <T>(promise: Promise<T>, what: string, ms = 8000) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms))]);

let windows = 0;

class Tab {
  win: Window | null = null;
  readonly name = `model-${(windows += 1)}`;
  loads = 0;

  constructor(public config: TabConfig) {}

  url(): string {
    const { host, revision, entries, exempt, domain, gpc, clock, blocked } = this.config;
    const query = new URLSearchParams({ name: this.name, entries: entries.join(','), exempt: exempt.join(',') });
    if (revision !== null) query.set('revision', revision);
    if (domain !== null) query.set('domain', domain);
    if (gpc) query.set('gpc', '1');
    if (clock) query.set('clock', String(clock));
    if (blocked) query.set('blocked', '1');
    const origin = host === 'localhost' ? '' : `http://${host}:${location.port}`;
    return `${origin}/test/fixtures/model/tab.html?${query}`;
  }

  private ready(): Promise<void> {
    return within(new Promise<void>((resolve) => readies.set(this.name, resolve)), `${this.name} to load`).finally(() => {
      this.loads += 1;
      readies.delete(this.name);
    });
  }

  async open(): Promise<void> {
    const ready = this.ready();
    this.win = window.open(this.url(), this.name);
    await ready;
  }

  request<T>(op: string, ...args: unknown[]): Promise<T> {
    const id = (nextRequest += 1);
    const answer = new Promise<T>((resolve, reject) =>
      replies.set(id, ({ result, error }) =>
        error === undefined ? resolve(result as T) : reject(new Error(`${this.name} ${op}: ${error}`)),
      ),
    );
    this.win!.postMessage({ id, op, args }, '*');
    return within(answer, `${this.name} to answer ${op}`).finally(() => replies.delete(id));
  }

  /** Loads the tab again, with `config` (a deploy, a setting of the browser) or as it is (a reload). */
  async load(config = this.config): Promise<void> {
    this.config = config;
    const ready = this.ready();
    await this.request('go', this.url());
    await ready;
  }

  close(): void {
    this.win?.close();
  }
}

/** The tabs of one sequence as the shared steps drive them. */
function tabsDriver(tabs: Tab[]): Driver {
  return {
    call: (i, method, args) => tabs[i].request<boolean | null>('call', method, args),
    dialog: (i) => tabs[i].request('dialog'),
    load: (i, config) => tabs[i].load(config),
    cookie: (i, value) => tabs[i].request('cookie', value),
    state: (i) => tabs[i].request<TabState>('state'),
    async track() {
      for (const tab of tabs) await tab.request('track');
    },
    // The real clock moves on its own.
    wait: async () => {},
    now: () => Math.floor(Date.now() / 1000),
    async settle(check: (report: Report) => void) {
      // A message at once, then the cookie read again 250 ms later.
      await new Promise((resolve) => setTimeout(resolve, 350));
      // The state must settle: a tab on a busy machine may take a moment more to draw its banner.
      for (let deadline = performance.now() + 2500; ;) {
        // A visitor coming back to each tab: it reads the cookie again, as it does when it gets focus.
        for (const tab of tabs) await tab.request('wake');
        await new Promise((resolve) => setTimeout(resolve, 50));
        const states: TabState[] = [];
        for (const tab of tabs) states.push(await tab.request<TabState>('state'));
        try {
          check({ states, now: Math.floor(Date.now() / 1000) });
          // A visitor's steps are a second apart at least: two writes share a date only within a step,
          // as in the test in Node, so that the same steps give the same dates wherever they run.
          return await new Promise((resolve) => setTimeout(resolve, 1005 - (Date.now() % 1000)));
        } catch (error) {
          if (performance.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
  };
}

/** Removes every cookie of each host, from a tab loaded there: every copy at every place the steps use. */
async function clearCookies(hosts: string[], tab: Tab): Promise<void> {
  for (const host of hosts) {
    await tab.load({ ...tab.config, host, blocked: false });
    const state = await tab.request<TabState>('state');
    for (const cookie of state.cookies.split('; ')) {
      const name = cookie.split('=')[0];
      if (!name) continue;
      for (const where of [
        '; Path=/',
        '; Path=/test/fixtures',
        '; Path=/; Domain=example.test',
        '; Path=/test/fixtures; Domain=example.test',
      ])
        await tab.request('cookie', `${name}=; Max-Age=0${where}`);
    }
  }
}

interface Options {
  runs?: number;
  seconds: number;
  seed?: number;
  path?: string;
  /** The steps' own replay path (fast-check's `replayPath`), printed in the counterexample. */
  replay?: string;
  /** The one run to make: "one-host" or "subdomains". */
  only?: string;
  /** Random seeds: exploration before landing, never in CI. */
  explore?: boolean;
}

/** The fixed seed of each run: CI replays the same sequences every time. */
const SEEDS = { 'one-host': 20261206, subdomains: 20261207 };

/** Runs one sequence in three new tabs, then closes them and clears every cookie they may have set. */
async function inTabs(hosts: string[], start: Start, steps: Iterable<fc.AsyncCommand<Model, Real>>): Promise<Real> {
  const configs = startConfigs(hosts, start);
  const tabs = configs.map((config) => new Tab(config));
  try {
    for (const tab of tabs) await tab.open();
    return await runSequence(tabsDriver(tabs), configs, steps);
  } catch (error) {
    // Firefox leaves the message out of a stack, which is what the report prints.
    const message = error instanceof Error ? error.message : String(error);
    const failure = new Error(message);
    failure.stack = `${message}\n${error instanceof Error ? error.stack : ''}`;
    throw failure;
  } finally {
    for (const tab of tabs.slice(1)) tab.close();
    await clearCookies(hosts, tabs[0]).catch(() => {});
    tabs[0].close();
  }
}

async function runModel(hosts: string[], options: Options, label: 'one-host' | 'subdomains'): Promise<void> {
  let longest = 0;
  let sequences = 0;
  let total = 0;
  const sequence = fc.commands(stepArbitraries(hosts), { maxCommands: 14, replayPath: options.replay });
  const property = fc.asyncProperty(sequence, startArbitrary, async (commands, start) => {
    let real: Real | undefined;
    try {
      real = await inTabs(hosts, start, commands);
    } finally {
      sequences += 1;
      total += real?.steps ?? 0;
      longest = Math.max(longest, real?.steps ?? 0);
    }
  });
  const seed = options.seed ?? (options.explore ? undefined : SEEDS[label]);
  const details = await fc.check(property, {
    numRuns: options.runs ?? 100000,
    interruptAfterTimeLimit: options.runs ? undefined : options.seconds * 1000,
    seed,
    path: options.path,
    endOnFailure: options.path !== undefined,
    verbose: 1,
    includeErrorInReport: true,
  });
  console.log(`model-based test (${label}): ${sequences} sequences, ${total} steps, the longest ${longest} steps; seed ${details.seed}`);
  if (details.failed) {
    const replay = /replayPath="([^"]*)"/.exec(String(details.counterexample?.[0]))?.[1];
    const again = `MODEL_ONLY=${label} MODEL_SEED=${details.seed} MODEL_PATH="${details.counterexamplePath}" MODEL_REPLAY="${replay}"`;
    const [commands, start] = details.counterexample ?? [];
    // The steps that ran: fast-check's report leaves out those whose check said no.
    const steps = commands ? ([...commands] as Step[]) : [];
    const kept: CorpusCase = {
      found: `${label}, ${FIREFOX ? 'Firefox' : 'Chromium'}`,
      hosts,
      start: start as Start,
      steps: steps.map((step) => step.data),
    };
    throw new Error(
      `${fc.defaultReportMessage(details) ?? 'the model-based test failed'}\n` +
        `Replay it: ${again} npm test -- --files test/hardening/model.test.ts\n` +
        `Keep it in the corpus (test/model/corpus/NAME.json), as its steps:\n${JSON.stringify(kept)}`,
    );
  }
}

describe('the consent state, model-based', function () {
  // Chromium opens the tabs as windows, which keep the foreground; Firefox opens them as tabs behind it.
  afterEach(() => (FIREFOX ? undefined : executeServerCommand('bring-to-front')));

  it('replays every case of the corpus', async function () {
    const cases = await executeServerCommand<CorpusCase[], undefined>('model-corpus');
    // Host names other than localhost need Chromium's --host-resolver-rules.
    const runnable = cases.filter((one) => !FIREFOX || one.hosts.every((host) => host === 'localhost'));
    this.timeout(runnable.reduce((sum, one) => sum + 20000 + one.steps.length * 4000, 10000));
    for (const one of runnable) {
      try {
        await inTabs(
          one.hosts,
          one.start,
          one.steps.map((data) => new Step(data)),
        );
      } catch (error) {
        throw new Error(`corpus case "${one.found}": ${error instanceof Error ? error.message : error}`, { cause: error });
      }
    }
  });

  it('holds every rule across three tabs of this site, whatever visitors, portals and other code do', async function () {
    const options = await executeServerCommand<Options, undefined>('model-options');
    if (options.only && options.only !== 'one-host') this.skip();
    this.timeout((options.runs ? 3600 : options.seconds * 2 + 60) * 1000);
    await runModel(['localhost'], { ...options, seconds: FIREFOX ? options.seconds * 2 : options.seconds }, 'one-host');
  });

  // Chromium only: host names need its --host-resolver-rules (www.example.test and data.example.test).
  (FIREFOX ? it.skip : it)(
    'holds every rule across subdomains, with cookie-domain set and unset, and copies at the parent domain',
    async function () {
      const options = await executeServerCommand<Options, undefined>('model-options');
      if (options.only && options.only !== 'subdomains') this.skip();
      this.timeout((options.runs ? 3600 : options.seconds * 2 + 60) * 1000);
      await runModel(['www.example.test', 'data.example.test'], options, 'subdomains');
    },
  );
});
