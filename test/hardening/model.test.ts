import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import type { OptionalCategory } from '../../src/consent/categories.js';
import { entryDigest, type Preferences } from '../../src/consent/choice.js';

/*
 * A model-based test of the consent state. Random sequences of what visitors, portals and other code
 * do, exempt audience measurement included, run against real portal pages
 * (test/fixtures/model/tab.html) open in three tabs of one browser. After every step, each tab's
 * answers are checked against a reader of the cookie written here from the documented rules, and
 * against what the visitor said: a withdrawal is never undone, tabs that show the same charter agree,
 * writes and receipts stay bounded, refused cookies are gone, nothing throws. A failure prints its
 * seed and path: MODEL_SEED=… MODEL_PATH=… npm test replays it.
 */

const FIREFOX = navigator.userAgent.includes('Firefox');
const CATEGORY_OF: Record<string, string> = {
  matomo: 'statistics',
  ga: 'statistics',
  anon: 'statistics',
  chat: 'first-party',
  youtube: 'third-party',
  dailymotion: 'third-party',
};
/** What stands for each entry in the cookie's digests: its id, or for "anon" (no id) its provider and cookie. */
const KEY: Record<string, string> = { anon: 'Statistiques sans identifiant _anon' };
/** The cookie each entry's tracker sets once allowed. */
const TRACKER: Record<string, string> = {
  matomo: '_pk_id.1',
  ga: '_ga',
  anon: '_anon',
  chat: 'chat_session',
  youtube: 'YSC',
  dailymotion: 'v1st',
};
const CATEGORY_KEYS: Record<string, string> = { statistics: 's', 'first-party': 'f', 'third-party': 't' };
const NAMES = ['statistics', 'first-party', 'third-party', 'matomo', 'ga', 'chat', 'youtube', 'dailymotion'];
const DAY = 86400;

interface TabConfig {
  host: string;
  revision: string | null;
  entries: string[];
  /** The entries marked `exempt`; only those of statistics with an id and no Google Analytics cookie are. */
  exempt: string[];
  domain: string | null;
  gpc: boolean;
  /** Seconds added to the tab's clock. */
  clock: number;
  blocked: boolean;
}

interface TabState {
  decided: boolean;
  stored: boolean;
  allows: Record<string, boolean>;
  preferences: Preferences | null;
  cookies: string;
  banner: boolean;
  writes: number;
  beacons: number;
  changes: number;
  errors: string[];
}

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

/* An independent reader of the cookie, from the rules the documentation gives. */

interface Read {
  later: boolean;
  date: number;
  data: Record<string, unknown>;
}

function readValue(value: string): Read | null {
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const fields = data as Record<string, unknown>;
  if (typeof fields.d !== 'number' || typeof fields.i !== 'string') return null;
  if (typeof fields.v === 'number' && fields.v > 2) return { later: true, date: fields.d, data: fields };
  if (fields.v !== undefined && fields.v !== 2) return null;
  if (Object.keys(fields).some((key) => !'vsfteh rdig'.includes(key) || key === ' ')) return null;
  return { later: false, date: fields.d, data: fields };
}

const storedValues = (cookies: string) =>
  cookies
    .split('; ')
    .filter((cookie) => cookie.startsWith('cookies_preferences='))
    .map((cookie) => decodeURIComponent(cookie.slice('cookies_preferences='.length)));

const allowances = (read: Read) =>
  read.later
    ? -1
    : ['s', 'f', 't'].filter((key) => read.data[key] === 1).length +
      Object.values((read.data.e ?? {}) as Record<string, number>).filter((answer) => answer === 1).length;

/** The copy that counts: the latest date, then the one that allows less. */
function winner(cookies: string): Read | null {
  let best: Read | null = null;
  for (const value of storedValues(cookies)) {
    const read = readValue(value);
    if (read && (!best || read.date > best.date || (read.date === best.date && allowances(read) < allowances(best)))) best = read;
  }
  return best;
}

interface Expected {
  decided: boolean;
  allows: Record<string, boolean>;
}

/** Whether `name` is exempt in a tab with `config`: marked so, of statistics, with an id ("anon" has none), and no Google Analytics cookie. */
const isExempt = (config: TabConfig, name: string) =>
  config.exempt.includes(name) && CATEGORY_OF[name] === 'statistics' && name !== 'anon' && name !== 'ga';

/** What a tab with `config` must answer when it reads `cookies`. */
function expected(config: TabConfig, cookies: string): Expected {
  const allows: Record<string, boolean> = Object.fromEntries(NAMES.map((name) => [name, false]));
  const shown = new Set(config.entries.map((name) => CATEGORY_OF[name]));
  const read = winner(cookies);
  const age = Math.floor(Date.now() / 1000) + config.clock - (read?.date ?? 0);
  // Within `expires` days: an objection is read from it, whatever its revision.
  const fresh = read && !read.later && age <= 182 * DAY && age >= -300 ? read.data : null;
  const choice = fresh && (fresh.r ?? null) === config.revision ? fresh : null;
  // Without a valid choice, Global Privacy Control's refusal holds, written or in memory.
  const gpcHolds = !choice && config.gpc && shown.size > 0;
  const digests = (data: Record<string, unknown>): string[] => String(data.h ?? '').match(/.{4}/g) ?? [];
  /** Categories with an entry that needs consent, or an exempt one objected to. */
  const held = new Set<string>();
  const uncovered = new Set<string>();
  for (const name of config.entries) {
    const category = CATEGORY_OF[name];
    if (isExempt(config, name)) {
      // Objected to by its own 0, or its category's 0 unless `h` lists it as left on; a later format may hold an objection.
      const own = ((fresh?.e ?? {}) as Record<string, number>)[name];
      const objected = fresh
        ? own !== undefined
          ? own === 0
          : fresh[CATEGORY_KEYS[category]] === 0 && !digests(fresh).includes(entryDigest(name))
        : read?.later === true;
      allows[name] = !gpcHolds && !objected;
      if (!allows[name]) held.add(category);
      continue;
    }
    held.add(category);
    if (!choice) continue;
    const answer = choice[CATEGORY_KEYS[category]];
    const own = name === 'anon' ? undefined : ((choice.e ?? {}) as Record<string, number>)[name];
    const covered = choice.v === undefined || digests(choice).includes(entryDigest(KEY[name] ?? name));
    if (own === undefined && (answer === undefined || (answer === 1 && !covered))) uncovered.add(category);
    if (name !== 'anon') allows[name] = own !== undefined ? own === 1 : answer === 1 && covered;
  }
  for (const category of Object.keys(CATEGORY_KEYS)) {
    const answer = choice?.[CATEGORY_KEYS[category]];
    allows[category] = answer === undefined ? shown.has(category) && !held.has(category) : answer === 1 && !uncovered.has(category);
  }
  // Every optional entry exempt: nothing to ask.
  const exemptOnly = shown.size > 0 && config.entries.every((name) => isExempt(config, name));
  if (!choice) return { decided: gpcHolds || exemptOnly, allows };
  return { decided: uncovered.size === 0 || choice.g === 1 || (config.gpc && shown.size > 0), allows };
}

/* The model: what the visitor said, and the tabs' configurations. */

interface Model {
  configs: TabConfig[];
  /**
   * Per host, what the visitor refused there (or on a shared `cookie-domain`) and has not allowed
   * since, each with the clock of the tab that refused it (NaN once other code may have overwritten it).
   */
  withdrawn: Map<string, Map<string, number>>;
}

interface Real {
  tabs: Tab[];
  /** Each tab's counts after the last step. */
  last: TabState[];
  steps: number;
}

const namesOf = (config: TabConfig, category: string) => config.entries.filter((name) => CATEGORY_OF[name] === category);

/** Whether a tab's preferences refuse `name`: its own answer, or else its category's. */
function refuses(preferences: Preferences | null, name: string): boolean {
  const own = preferences?.entries[name];
  return own !== undefined ? !own : preferences?.categories[CATEGORY_OF[name] as OptionalCategory] === false;
}

/**
 * What a write from a tab with `config` hides from the other tabs' reading of objections to exempt
 * entries: dated on its own clock, the new copy hides those made on another clock from their tabs;
 * without `cookie-domain`, it removes the copies at the parent domain that other subdomains may have
 * read. Those withdrawals stand for entries that need consent.
 */
function written(model: Model, config: TabConfig): void {
  for (const [host, withdrawn] of model.withdrawn)
    for (const [name, clock] of withdrawn) if (clock !== config.clock || (!config.domain && host !== config.host)) withdrawn.set(name, NaN);
}

/** Waits for tabs to hear of a change: a message at once, then the cookie read again 250 ms later. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 350));

/** Checks every invariant after a step in which `acted` tabs acted or loaded. */
async function verify(model: Model, real: Real, acted: Set<number>, step: string): Promise<void> {
  await settle();
  // The state must settle: a tab on a busy machine may take a moment more to draw its banner.
  for (let deadline = performance.now() + 2500; ;) {
    // A visitor coming back to each tab: it reads the cookie again, as it does when it gets focus.
    for (const tab of real.tabs) await tab.request('wake');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const states: TabState[] = [];
    for (const tab of real.tabs) states.push(await tab.request<TabState>('state'));
    try {
      check(model, real, acted, step, states);
      break;
    } catch (error) {
      if (performance.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  real.steps += 1;
}

/** Every invariant, on the tabs' states after a step. */
function check(model: Model, real: Real, acted: Set<number>, step: string, states: TabState[]): void {
  const say = (i: number, what: string) => `after ${step}, tab ${i} (${JSON.stringify(real.tabs[i].config)}): ${what}`;
  states.forEach((state, i) => {
    const tab = real.tabs[i];
    const before = real.last[i];
    expect(state.errors, say(i, 'errors')).to.deep.equal([]);
    // Writes and receipts per step: at most one, and only in a tab that acted or loaded.
    const writes = state.writes - (before?.writes ?? 0);
    const beacons = state.beacons - (before?.beacons ?? 0);
    expect(writes, say(i, 'cookie writes')).to.be.at.most(acted.has(i) ? 1 : 0);
    expect(beacons, say(i, 'receipts')).to.be.at.most(acted.has(i) ? 1 : 0);
    expect(state.changes - (before?.changes ?? 0), say(i, 'change events')).to.be.at.most(3);
    if (tab.config.blocked) return;
    const want = expected(tab.config, state.cookies);
    const answers = Object.fromEntries(NAMES.map((name) => [name, state.allows[name]]));
    expect(answers, say(i, `answers, cookie ${state.cookies}`)).to.deep.equal(want.allows);
    // An entry without an id has no answer of its own; necessary is always allowed.
    expect([state.allows.necessary, state.allows.anon], say(i, 'necessary, anon')).to.deep.equal([true, false]);
    expect(state.decided, say(i, `decided, cookie ${state.cookies}`)).to.equal(want.decided);
    expect(state.banner, say(i, 'banner')).to.equal(!want.decided && new Set(tab.config.entries.map((name) => CATEGORY_OF[name])).size > 0);
    for (const [name, clock] of model.withdrawn.get(tab.config.host) ?? []) {
      // An objection to an exempt entry (or a category of exempt entries) lasts `expires` days: a tab
      // whose clock is past them, or before them, cannot read it.
      const entries = name in CATEGORY_KEYS ? namesOf(tab.config, name) : [name];
      const exempt = entries.length > 0 && entries.every((entry) => isExempt(tab.config, entry));
      if (exempt && clock !== tab.config.clock) continue;
      // A category of exempt entries alone is refused through its entries' objections: once the visitor
      // lifted each of them (the refusal itself void under a new revision), it may run again.
      if (exempt && name in CATEGORY_KEYS && !entries.some((entry) => model.withdrawn.get(tab.config.host)?.has(entry))) continue;
      expect(state.allows[name] ?? false, say(i, `withdrawn "${name}" allowed again`)).to.equal(false);
    }
  });
  // Tabs that show the same charter, on the same host, with the same settings, agree.
  const working = real.tabs.map((tab, i) => [tab, states[i]] as const).filter(([tab]) => !tab.config.blocked);
  const same = (a: TabConfig, b: TabConfig) => JSON.stringify(a) === JSON.stringify(b);
  for (const [tab, state] of working) {
    for (const [other, otherState] of working)
      if (same(tab.config, other.config)) expect(state.allows, `after ${step}: tabs agree`).to.deep.equal(otherState.allows);
  }
  // When every working tab shows the same charter, no tracker cookie of a name they refuse survives.
  if (working.length && working.every(([tab]) => same(tab.config, working[0][0].config))) {
    const [tab, state] = working[0];
    for (const name of Object.keys(TRACKER)) {
      if (tab.config.entries.includes(name) && name !== 'anon' && !state.allows[name])
        expect(
          state.cookies.split('; ').some((cookie) => cookie.startsWith(`${TRACKER[name]}=`)),
          say(0, `cookie of refused "${name}" survives`),
        ).to.equal(false);
    }
  }
  real.last = states;
}

/* The steps. */

type Step = fc.AsyncCommand<Model, Real>;

const tabIndex = fc.integer({ min: 0, max: 2 });

class Act implements Step {
  constructor(
    readonly tab: number,
    readonly method: 'acceptAll' | 'rejectAll' | 'choose' | 'reset',
    readonly answers?: Record<string, unknown>,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    const tab = real.tabs[this.tab];
    const before = real.last[this.tab];
    const args = this.answers ? [this.answers] : [];
    const recorded = await tab.request<boolean | null>('call', this.method, args);
    const config = tab.config;
    if (!config.blocked) {
      const everything = [...config.entries, ...new Set(config.entries.map((name) => CATEGORY_OF[name]))];
      const hosts = [...new Set(model.configs.map((each) => each.host)), ...model.withdrawn.keys()];
      // A write reaches the tab's host, or every subdomain when it carries the shared cookie-domain.
      const reached = config.domain ? hosts : [config.host];
      const named = new Set<string>();
      const withdraw = (name: string, refused: boolean) => {
        named.add(name);
        for (const host of reached) {
          if (!model.withdrawn.has(host)) model.withdrawn.set(host, new Map());
          if (refused) model.withdrawn.get(host)!.set(name, config.clock);
          else model.withdrawn.get(host)!.delete(name);
        }
      };
      if (this.method === 'acceptAll') for (const name of everything) withdraw(name, false);
      if (this.method === 'rejectAll') for (const name of everything) withdraw(name, true);
      if (this.method === 'choose' && recorded) {
        // Categories first: an entry's own answer wins over its category's, whatever the order given.
        const given = Object.entries(this.answers!).sort(([a], [b]) => Number(b in CATEGORY_KEYS) - Number(a in CATEGORY_KEYS));
        for (const [name, value] of given) {
          if (typeof value !== 'boolean') continue;
          const covered = name in CATEGORY_KEYS ? [name, ...namesOf(config, name)] : config.entries.includes(name) ? [name] : [];
          for (const each of covered) {
            withdraw(each, !value);
          }
        }
      }
      // reset() forgets every objection, wherever this page reaches the cookie.
      if (this.method === 'reset') for (const withdrawn of model.withdrawn.values()) withdrawn.clear();
      // A write keeps what it does not name as its tab saw it: an exempt entry that tab allowed, or one
      // that needs consent there and that its valid choice did not refuse (there may be none: another
      // revision, another clock), is written without its objection.
      const wrote = this.method === 'acceptAll' || this.method === 'rejectAll' || (this.method === 'choose' && recorded === true);
      if (wrote && before) {
        for (const name of config.entries) {
          if (named.has(name) || (isExempt(config, name) ? !before.allows[name] : refuses(before.preferences, name))) continue;
          for (const host of hosts) model.withdrawn.get(host)?.delete(name);
        }
        written(model, config);
      }
    }
    await verify(model, real, new Set([this.tab]), this.toString());
  }
  toString = () => `tab ${this.tab}: ${this.method}(${this.answers ? JSON.stringify(this.answers) : ''})`;
}

class Dialog implements Step {
  constructor(readonly tab: number) {}
  check = (model: Model) => model.configs[this.tab].entries.length > 0;
  async run(model: Model, real: Real): Promise<void> {
    await real.tabs[this.tab].request('dialog');
    await verify(model, real, new Set(), this.toString());
  }
  toString = () => `tab ${this.tab}: open and close the charter`;
}

/** A reload, or a load with a new configuration: a deploy, a browser setting, a clock that moved. */
class Load implements Step {
  constructor(
    readonly tabs: number[],
    readonly change: Partial<TabConfig>,
    readonly label: string,
  ) {}
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    for (const i of this.tabs) {
      model.configs[i] = { ...model.configs[i], ...this.change };
      // A refusal from Global Privacy Control may be written on load.
      if (model.configs[i].gpc && !model.configs[i].blocked) written(model, model.configs[i]);
      await real.tabs[i].load(model.configs[i]);
      real.last[i] = { ...real.last[i], writes: 0, beacons: 0, changes: 0 };
    }
    await verify(model, real, new Set(this.tabs), this.toString());
  }
  toString = () => `tabs ${this.tabs.join(',')}: ${this.label} ${JSON.stringify(this.change)}`;
}

/** Code on the same site writes `cookies_preferences`: a tampered value, a later format, a stale copy. */
class Foreign implements Step {
  constructor(
    readonly tab: number,
    readonly kind: 'tampered' | 'later' | 'other-revision' | 'stale',
    readonly place: 'path' | 'root' | 'parent',
  ) {}
  check = (model: Model) => this.place !== 'parent' || model.configs[this.tab].host !== 'localhost';
  async run(model: Model, real: Real): Promise<void> {
    const tab = real.tabs[this.tab];
    const state = await tab.request<TabState>('state');
    const now = Math.floor(Date.now() / 1000);
    const dates = storedValues(state.cookies)
      .map(readValue)
      .filter((read): read is Read => read !== null)
      .map((read) => read.date);
    let value: string;
    if (this.kind === 'tampered') value = `{"s":1,"t":1,"x":1,"d":${now},"i":"tamper0001"}`;
    else if (this.kind === 'later') value = `{"v":3,"s":1,"f":1,"t":1,"z":{"q":1},"d":${now},"i":"later00001"}`;
    else if (this.kind === 'other-revision') value = `{"v":2,"s":1,"f":1,"t":1,"r":"r-other","d":${now},"i":"other00001"}`;
    // A stale copy: an acceptance older than what is stored, at a longer path. At `/`, host-only or at
    // the parent domain, a write may replace the visitor's own cookie (a tab's `cookie-domain` decides
    // which), which no page can tell from a choice: there, and where nothing is stored, it is a refusal.
    else
      value =
        dates.length && this.place === 'path'
          ? `{"s":1,"f":1,"t":1,"d":${Math.min(...dates) - 100},"i":"stale00001"}`
          : `{"s":0,"f":0,"t":0,"d":${now - 100},"i":"stale00001"}`;
    const where = this.place === 'path' ? '; Path=/test/fixtures' : this.place === 'parent' ? '; Path=/; Domain=example.test' : '; Path=/';
    await tab.request('cookie', `cookies_preferences=${encodeURIComponent(value)}${where}`);
    // A newer value of another revision, or one that replaced the visitor's own, hides an objection:
    // no page can tell it from a choice. The withdrawals stand for entries that need consent.
    if (this.kind === 'other-revision' || (this.kind === 'tampered' && this.place !== 'path')) {
      const hosts = this.place === 'parent' ? [...model.withdrawn.keys()] : [tab.config.host];
      for (const host of hosts) for (const name of model.withdrawn.get(host)?.keys() ?? []) model.withdrawn.get(host)!.set(name, NaN);
    }
    // Dated on the real clock, a refusal that replaced the visitor's own copy is too old, or ahead, for
    // a tab on another clock, which then reads no choice: objections made on another clock are hidden.
    if (this.kind === 'stale' && this.place !== 'path')
      for (const withdrawn of model.withdrawn.values()) for (const [name, clock] of withdrawn) if (clock !== 0) withdrawn.set(name, NaN);
    // A later format's value with a newer date makes every tab read no choice: nothing is allowed.
    await verify(model, real, new Set(), this.toString());
  }
  toString = () => `tab ${this.tab}: a foreign ${this.kind} value at ${this.place}`;
}

/** The trackers allowed in each tab set their cookies. */
class Track implements Step {
  check = () => true;
  async run(model: Model, real: Real): Promise<void> {
    for (const tab of real.tabs) await tab.request('track');
    await verify(model, real, new Set(), this.toString());
  }
  toString = () => 'trackers set their cookies';
}

const ENTRY_SETS = [
  ['matomo', 'youtube', 'dailymotion'],
  ['matomo', 'ga', 'youtube', 'dailymotion'],
  ['matomo', 'anon', 'chat', 'youtube'],
  ['matomo', 'youtube'],
  ['matomo'],
];

/** What a charter may mark exempt: Matomo is then exempt; Google Analytics, an entry without an id, and YouTube never are. */
const EXEMPT_SETS = [[], ['matomo'], ['matomo', 'ga'], ['matomo', 'anon', 'youtube'], ['ga']];

const answers = fc.dictionary(
  fc.constantFrom(...NAMES, 'anon', 'Statistics', 'necessary', 'unknown'),
  fc.oneof(fc.boolean(), fc.boolean(), fc.constant('yes' as unknown as boolean)),
  { maxKeys: 3 },
);

function steps(hosts: string[]): fc.Arbitrary<Step>[] {
  const some = fc.oneof(
    tabIndex.map((i) => [i]),
    fc.constant<number[]>([0, 1, 2]),
  );
  const list: fc.Arbitrary<Step>[] = [
    tabIndex.map((i) => new Act(i, 'acceptAll')),
    tabIndex.map((i) => new Act(i, 'rejectAll')),
    fc.tuple(tabIndex, answers).map(([i, given]) => new Act(i, 'choose', given)),
    // The visitor's own switch of Matomo, the entry that may be exempt: an objection, or lifting it.
    fc.tuple(tabIndex, fc.boolean()).map(([i, on]) => new Act(i, 'choose', { matomo: on })),
    tabIndex.map((i) => new Act(i, 'reset')),
    tabIndex.map((i) => new Dialog(i)),
    tabIndex.map((i) => new Load([i], {}, 'reload')),
    fc.tuple(some, fc.constantFrom(null, 'r1', 'r2')).map(([tabs, revision]) => new Load(tabs, { revision }, 'new revision')),
    fc.tuple(some, fc.constantFrom(...ENTRY_SETS)).map(([tabs, entries]) => new Load(tabs, { entries }, 'entries changed')),
    fc.tuple(some, fc.constantFrom(...EXEMPT_SETS)).map(([tabs, exempt]) => new Load(tabs, { exempt }, 'exempt changed')),
    fc.tuple(tabIndex, fc.boolean()).map(([i, gpc]) => new Load([i], { gpc }, 'Global Privacy Control')),
    fc.tuple(tabIndex, fc.boolean()).map(([i, blocked]) => new Load([i], { blocked }, 'cookies blocked')),
    fc.tuple(tabIndex, fc.constantFrom(0, 183 * DAY)).map(([i, clock]) => new Load([i], { clock }, 'clock')),
    fc
      .tuple(
        tabIndex,
        fc.constantFrom('tampered' as const, 'later' as const, 'other-revision' as const, 'stale' as const),
        fc.constantFrom('path' as const, 'root' as const, 'parent' as const),
      )
      .map(([i, kind, place]) => new Foreign(i, kind, place)),
    fc.constant(new Track()),
  ];
  if (hosts.length > 1) {
    list.push(
      fc.tuple(some, fc.constantFrom(null, 'example.test')).map(([tabs, domain]) => new Load(tabs, { domain }, 'cookie-domain')),
      fc.tuple(tabIndex, fc.constantFrom(...hosts)).map(([i, host]) => new Load([i], { host }, 'another subdomain')),
    );
  }
  return list;
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
}

async function runModel(hosts: string[], options: Options, label: 'one-host' | 'subdomains'): Promise<void> {
  let longest = 0;
  let sequences = 0;
  let total = 0;
  const sequence = fc.commands(steps(hosts), { maxCommands: 14, replayPath: options.replay });
  // Half the sequences start on a charter whose Matomo is exempt, some on a charter of Matomo alone.
  const start = fc.tuple(fc.constantFrom(ENTRY_SETS[0], ENTRY_SETS[0], ['matomo']), fc.constantFrom<string[]>([], ['matomo']));
  const property = fc.asyncProperty(sequence, start, async (commands, [entries, exempt]) => {
    const configs: TabConfig[] = [0, 1, 2].map(() => ({
      host: hosts[0],
      revision: 'r1',
      entries,
      exempt,
      domain: null,
      gpc: false,
      clock: 0,
      blocked: false,
    }));
    const tabs = configs.map((config) => new Tab(config));
    const real: Real = { tabs, last: [], steps: 0 };
    try {
      for (const tab of tabs) await tab.open();
      await verify({ configs, withdrawn: new Map() }, real, new Set([0, 1, 2]), 'opening');
      await fc.asyncModelRun(
        () => ({ model: { configs: configs.map((config) => ({ ...config })), withdrawn: new Map() }, real }),
        commands,
      );
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
      sequences += 1;
      total += real.steps;
      longest = Math.max(longest, real.steps);
    }
  });
  const details = await fc.check(property, {
    numRuns: options.runs ?? 100000,
    interruptAfterTimeLimit: options.runs ? undefined : options.seconds * 1000,
    seed: options.seed,
    path: options.path,
    endOnFailure: options.path !== undefined,
    verbose: 1,
    includeErrorInReport: true,
  });
  console.log(`model-based test (${label}): ${sequences} sequences, ${total} steps, the longest ${longest} steps; seed ${details.seed}`);
  if (details.failed) {
    const replay = /replayPath="([^"]*)"/.exec(String(details.counterexample?.[0]))?.[1];
    const again = `MODEL_ONLY=${label} MODEL_SEED=${details.seed} MODEL_PATH="${details.counterexamplePath}" MODEL_REPLAY="${replay}"`;
    throw new Error(
      `${fc.defaultReportMessage(details) ?? 'the model-based test failed'}\nReplay it: ${again} npm test -- --files test/hardening/model.test.ts`,
    );
  }
}

describe('the consent state, model-based', function () {
  // Chromium opens the tabs as windows, which keep the foreground; Firefox opens them as tabs behind it.
  afterEach(() => (FIREFOX ? undefined : executeServerCommand('bring-to-front')));

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
