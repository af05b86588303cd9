import fc from 'fast-check';
import type { OptionalCategory } from '../../src/consent/categories.js';
import { entryDigest, type Preferences } from '../../src/consent/choice.js';

/*
 * The consent state's model, shared by the model-based tests in the browser (test/hardening/model.test.ts,
 * real pages in three tabs) and in Node (test/node/model.test.ts, the real core over a cookie jar and
 * clocks of the test's own). It holds:
 * - the steps, as data (`StepData`: what a corpus file stores) and as fast-check commands;
 * - an independent reader of the cookie, written from the documented rules (`expected`);
 * - what the visitor said (`Model.withdrawn`), and every invariant checked after a step (`check`).
 * Each test gives a `Driver`: how its tabs act, load, and report their state.
 */

export const CATEGORY_OF: Record<string, string> = {
  matomo: 'statistics',
  ga: 'statistics',
  anon: 'statistics',
  chat: 'first-party',
  youtube: 'third-party',
  dailymotion: 'third-party',
};
/** What stands for each entry in the cookie's digests: its id, or for "anon" (no id) its provider and cookie. */
export const KEY: Record<string, string> = { anon: 'Statistiques sans identifiant _anon' };
/** The cookie each entry's tracker sets once allowed. */
export const TRACKER: Record<string, string> = {
  matomo: '_pk_id.1',
  ga: '_ga',
  anon: '_anon',
  chat: 'chat_session',
  youtube: 'YSC',
  dailymotion: 'v1st',
};
/** The entries a tab may declare: category, provider, the `cookies` attribute. */
export const CATALOG: Record<string, [category: string, provider: string, cookies: string]> = {
  matomo: ['statistics', 'Matomo', '_pk_id.*'],
  ga: ['statistics', 'Google Analytics', '_ga _ga_*'],
  anon: ['statistics', 'Statistiques sans identifiant', '_anon'],
  chat: ['first-party', 'Messagerie', 'chat_*'],
  youtube: ['third-party', 'YouTube', 'YSC'],
  dailymotion: ['third-party', 'Dailymotion', 'v1st'],
};
export const CATEGORY_KEYS: Record<string, string> = { statistics: 's', 'first-party': 'f', 'third-party': 't' };
export const NAMES = ['statistics', 'first-party', 'third-party', 'matomo', 'ga', 'chat', 'youtube', 'dailymotion'];
export const DAY = 86400;
/** The charter's `expires`, in days: the tabs keep the default. */
const EXPIRES_DAYS = 182;

export interface TabConfig {
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

export interface TabState {
  decided: boolean;
  stored: boolean;
  allows: Record<string, boolean>;
  preferences: Preferences | null;
  /** The cookies the tab's page holds, as `document.cookie` would give them were they not blocked. */
  cookies: string;
  banner: boolean;
  writes: number;
  beacons: number;
  changes: number;
  errors: string[];
}

/* An independent reader of the cookie, from the rules the documentation gives. */

export interface Read {
  later: boolean;
  date: number;
  data: Record<string, unknown>;
}

export function readValue(value: string): Read | null {
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

export const storedValues = (cookies: string) =>
  cookies
    .split('; ')
    .filter((cookie) => cookie.startsWith('cookies_preferences='))
    .map((cookie) => decodeURIComponent(cookie.slice('cookies_preferences='.length)));

/** Categories and entries allowed, and the entries listed in `h`. */
const allowances = (read: Read) =>
  read.later
    ? -1
    : ['s', 'f', 't'].filter((key) => read.data[key] === 1).length +
      Object.values((read.data.e ?? {}) as Record<string, number>).filter((answer) => answer === 1).length +
      String(read.data.h ?? '').length / 4;

/** The copy that counts: the latest date, then the one that allows less. */
function winner(cookies: string): Read | null {
  let best: Read | null = null;
  for (const value of storedValues(cookies)) {
    const read = readValue(value);
    if (read && (!best || read.date > best.date || (read.date === best.date && allowances(read) < allowances(best)))) best = read;
  }
  return best;
}

export interface Expected {
  decided: boolean;
  allows: Record<string, boolean>;
}

/** Whether `name` is exempt in a tab with `config`: marked so, of statistics, with an id ("anon" has none), and no Google Analytics cookie. */
export const isExempt = (config: TabConfig, name: string) =>
  config.exempt.includes(name) && CATEGORY_OF[name] === 'statistics' && name !== 'anon' && name !== 'ga';

/** What a tab with `config` must answer when it reads `cookies`, `now` being the real clock's time (Unix seconds). */
export function expected(config: TabConfig, cookies: string, now: number): Expected {
  const allows: Record<string, boolean> = Object.fromEntries(NAMES.map((name) => [name, false]));
  const shown = new Set(config.entries.map((name) => CATEGORY_OF[name]));
  const read = winner(cookies);
  const age = now + config.clock - (read?.date ?? 0);
  // Within `expires` days: an objection is read from it, whatever its revision.
  const fresh = read && !read.later && age <= EXPIRES_DAYS * DAY && age >= -300 ? read.data : null;
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
      // Objected to by its own 0, or its category's 0 unless `h` lists it as left on; a copy this tab cannot
      // read (a later format, or dated more than 5 minutes ahead of its clock) may hold an objection.
      const own = ((fresh?.e ?? {}) as Record<string, number>)[name];
      const objected = fresh
        ? own !== undefined
          ? own === 0
          : fresh[CATEGORY_KEYS[category]] === 0 && !digests(fresh).includes(entryDigest(name))
        : read !== null && (read.later || age < -300);
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

/** A refusal the visitor made: on which tab's clock, and whether a later write may hide it. */
export interface Withdrawal {
  clock: number;
  hidden: boolean;
}

export interface Model {
  configs: TabConfig[];
  /**
   * Per host, what the visitor refused there (or on a shared `cookie-domain`) and has not allowed
   * since, each with the clock of the tab that refused it, and whether a write dated on another clock may
   * hide it from the tabs on that clock (objections to exempt entries then go unread there).
   */
  withdrawn: Map<string, Map<string, Withdrawal>>;
}

export const namesOf = (config: TabConfig, category: string) => config.entries.filter((name) => CATEGORY_OF[name] === category);

/** Whether a tab's preferences refuse `name`: its own answer, or else its category's. */
function refuses(preferences: Preferences | null, name: string): boolean {
  const own = preferences?.entries[name];
  return own !== undefined ? !own : preferences?.categories[CATEGORY_OF[name] as OptionalCategory] === false;
}

/**
 * What a write from a tab with `config` hides from the other tabs. Dated on its own clock, the new copy
 * hides objections made on another clock from their tabs (those withdrawals stand for entries that need
 * consent). Without `cookie-domain`, it removes the copies at the parent domain, which other subdomains
 * may have read: there, what the visitor said through them is gone, and an older copy of their own may
 * count again (docs/cookie.md, "Deploys while tabs are open").
 */
function written(model: Model, config: TabConfig): void {
  for (const [host, withdrawn] of model.withdrawn) {
    if (!config.domain && host !== config.host) withdrawn.clear();
    else for (const [name, { clock }] of withdrawn) if (clock !== config.clock) withdrawn.set(name, { clock, hidden: true });
  }
}

/** Everything the tabs report after a step: `now` is the real clock's time when they reported. */
export interface Report {
  states: TabState[];
  now: number;
}

/** Every invariant, on the tabs' states after a step in which the tabs `acted` acted or loaded. */
export function check(model: Model, last: TabState[], acted: Set<number>, step: string, { states, now }: Report): void {
  const say = (i: number, what: string) => `after ${step}, tab ${i} (${JSON.stringify(model.configs[i])}): ${what}`;
  const fail = (what: string, actual: unknown, wanted: unknown) => {
    throw new Error(`${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
  };
  const equal = (actual: unknown, wanted: unknown, what: string) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) fail(what, actual, wanted);
  };
  const atMost = (actual: number, most: number, what: string) => {
    if (actual > most) fail(`${what} (at most ${most})`, actual, most);
  };
  states.forEach((state, i) => {
    const config = model.configs[i];
    const before = last[i];
    equal(state.errors, [], say(i, 'errors'));
    // Writes and receipts per step: at most one, and only in a tab that acted or loaded.
    atMost(state.writes - (before?.writes ?? 0), acted.has(i) ? 1 : 0, say(i, 'cookie writes'));
    atMost(state.beacons - (before?.beacons ?? 0), acted.has(i) ? 1 : 0, say(i, 'receipts'));
    atMost(state.changes - (before?.changes ?? 0), 3, say(i, 'change events'));
    if (config.blocked) return;
    const want = expected(config, state.cookies, now);
    const answers = Object.fromEntries(NAMES.map((name) => [name, state.allows[name]]));
    equal(answers, want.allows, say(i, `answers, cookie ${state.cookies}`));
    // An entry without an id has no answer of its own; necessary is always allowed.
    equal([state.allows.necessary, state.allows.anon], [true, false], say(i, 'necessary, anon'));
    equal(state.decided, want.decided, say(i, `decided, cookie ${state.cookies}`));
    equal(state.banner, !want.decided && new Set(config.entries.map((name) => CATEGORY_OF[name])).size > 0, say(i, 'banner'));
    for (const [name, { clock, hidden }] of model.withdrawn.get(config.host) ?? []) {
      // An objection to an exempt entry (or a category of exempt entries) lasts `expires` days: a tab
      // whose clock is past them, or before them, cannot read it.
      const entries = name in CATEGORY_KEYS ? namesOf(config, name) : [name];
      const exempt = entries.length > 0 && entries.every((entry) => isExempt(config, entry));
      // Made on another clock, or hidden by a write dated on another clock, a refusal is among what no page
      // can keep (docs/cookie.md): the tab may read its own older copy, or other code's, instead. Where
      // it holds, the reader above still checks every answer against the cookie.
      if (hidden || clock !== config.clock) continue;
      // A category of exempt entries alone is refused through its entries' objections: once the visitor
      // lifted each of them (the refusal itself void under a new revision), it may run again.
      if (exempt && name in CATEGORY_KEYS && !entries.some((entry) => model.withdrawn.get(config.host)?.has(entry))) continue;
      equal(state.allows[name] ?? false, false, say(i, `withdrawn "${name}" allowed again`));
    }
  });
  // Tabs that show the same charter, on the same host, with the same settings, agree.
  const working = model.configs.map((config, i) => [config, states[i], i] as const).filter(([config]) => !config.blocked);
  const same = (a: TabConfig, b: TabConfig) => JSON.stringify(a) === JSON.stringify(b);
  for (const [config, state] of working) {
    for (const [other, otherState] of working) if (same(config, other)) equal(state.allows, otherState.allows, `after ${step}: tabs agree`);
  }
  // When every working tab shows the same charter, no tracker cookie of a name they refuse survives:
  // each page deletes what its own charter refuses when the visitor comes back to it. Tabs of two
  // charters (a deploy, another clock) may judge a tracker differently: the page in use has the last word.
  if (working.length && working.every(([config]) => same(config, working[0][0]))) {
    const [config, state, i] = working[0];
    for (const name of Object.keys(TRACKER)) {
      if (config.entries.includes(name) && name !== 'anon' && !state.allows[name])
        equal(
          state.cookies.split('; ').some((cookie) => cookie.startsWith(`${TRACKER[name]}=`)),
          false,
          say(i, `cookie of refused "${name}" survives`),
        );
    }
  }
}

/* The steps, as data: what a corpus file holds. */

export type ForeignKind = 'tampered' | 'later' | 'other-revision' | 'stale';
export type Place = 'path' | 'root' | 'parent';

export type StepData =
  | { do: 'act'; tab: number; method: 'acceptAll' | 'rejectAll' | 'choose' | 'reset'; answers?: Record<string, unknown> }
  | { do: 'dialog'; tab: number }
  | { do: 'load'; tabs: number[]; change: Partial<TabConfig>; label: string }
  | { do: 'foreign'; tab: number; kind: ForeignKind; place: Place }
  | { do: 'track' }
  /** Time passes on the real clock (every tab's), in seconds. */
  | { do: 'wait'; seconds: number };

/** How a test's tabs do what the steps say, and report. */
export interface Driver {
  /** Calls a method of the API in a tab: what it returns (null for nothing). */
  call(tab: number, method: string, args: unknown[]): Promise<boolean | null>;
  /** Opens and closes the charter in a tab. */
  dialog(tab: number): Promise<void>;
  /** Loads a tab again with `config`. */
  load(tab: number, config: TabConfig): Promise<void>;
  /** Writes `document.cookie` in a tab, as other code of the page would. */
  cookie(tab: number, value: string): Promise<void>;
  /** The state of one tab now. */
  state(tab: number): Promise<TabState>;
  /** The trackers allowed in each tab set their cookies. */
  track(): Promise<void>;
  /** Time passes (a driver that cannot move the clock lets it be). */
  wait(seconds: number): Promise<void>;
  /** The real clock's time, in Unix seconds. */
  now(): number;
  /**
   * Lets the tabs hear of a step and the visitor come back to each, then calls `check` with their
   * report until it passes or the driver gives up (a browser may take a moment to settle).
   */
  settle(check: (report: Report) => void): Promise<void>;
}

export interface Real {
  driver: Driver;
  /** Each tab's state after the last step. */
  last: TabState[];
  steps: number;
}

/** Checks every invariant after a step in which the tabs `acted` acted or loaded. */
async function verify(model: Model, real: Real, acted: Set<number>, step: string): Promise<void> {
  await real.driver.settle((report) => {
    check(model, real.last, acted, step, report);
    real.last = report.states;
  });
  real.steps += 1;
}

/** The ids of the values other code writes in the foreign steps. */
const FOREIGN_IDS = ['tamper0001', 'later00001', 'other00001', 'stale00001'];

/** The value another script writes for a foreign step, from the tab's cookies and the real clock. */
function foreignValue(kind: ForeignKind, place: Place, cookies: string, now: number): string {
  if (kind === 'tampered') return `{"s":1,"t":1,"x":1,"d":${now},"i":"tamper0001"}`;
  if (kind === 'later') return `{"v":3,"s":1,"f":1,"t":1,"z":{"q":1},"d":${now},"i":"later00001"}`;
  if (kind === 'other-revision') return `{"v":2,"s":1,"f":1,"t":1,"r":"r-other","d":${now},"i":"other00001"}`;
  // A stale copy: an acceptance older than what is stored, at a longer path. At `/`, host-only or at
  // the parent domain, a write may replace the visitor's own cookie (a tab's `cookie-domain` decides
  // which), which no page can tell from a choice: there, and where nothing is stored, it is a refusal.
  const dates = storedValues(cookies)
    .map(readValue)
    .filter((read): read is Read => read !== null)
    .map((read) => read.date);
  return dates.length && place === 'path'
    ? `{"s":1,"f":1,"t":1,"d":${Math.min(...dates) - 100},"i":"stale00001"}`
    : `{"s":0,"f":0,"t":0,"d":${now - 100},"i":"stale00001"}`;
}

/** One step, run against the model and the real tabs. */
export class Step implements fc.AsyncCommand<Model, Real> {
  constructor(readonly data: StepData) {}

  check(model: Model): boolean {
    const { data } = this;
    if (data.do === 'dialog') return model.configs[data.tab].entries.length > 0;
    if (data.do === 'foreign') return data.place !== 'parent' || model.configs[data.tab].host !== 'localhost';
    return true;
  }

  async run(model: Model, real: Real): Promise<void> {
    const { data } = this;
    const { driver } = real;
    if (data.do === 'act') {
      const before = real.last[data.tab];
      const recorded = await driver.call(data.tab, data.method, data.answers ? [data.answers] : []);
      this.recordAct(model, data, recorded, before);
      return verify(model, real, new Set([data.tab]), this.toString());
    }
    if (data.do === 'dialog') {
      await driver.dialog(data.tab);
      return verify(model, real, new Set(), this.toString());
    }
    if (data.do === 'load') {
      for (const i of data.tabs) {
        model.configs[i] = { ...model.configs[i], ...data.change };
        // A refusal from Global Privacy Control may be written on load.
        if (model.configs[i].gpc && !model.configs[i].blocked) written(model, model.configs[i]);
        await driver.load(i, model.configs[i]);
        real.last[i] = { ...real.last[i], writes: 0, beacons: 0, changes: 0 };
      }
      return verify(model, real, new Set(data.tabs), this.toString());
    }
    if (data.do === 'foreign') {
      const state = await driver.state(data.tab);
      const value = foreignValue(data.kind, data.place, state.cookies, driver.now());
      const where =
        data.place === 'path' ? '; Path=/test/fixtures' : data.place === 'parent' ? '; Path=/; Domain=example.test' : '; Path=/';
      await driver.cookie(data.tab, `cookies_preferences=${encodeURIComponent(value)}${where}`);
      const config = model.configs[data.tab];
      // A newer value of another revision, or one that may have replaced the visitor's own (at `/` or at
      // the parent domain), hides what the visitor said there: no page can tell it from a choice, and an
      // older copy of the visitor's may count again.
      if (data.kind === 'other-revision' || (data.kind !== 'later' && data.place !== 'path')) {
        const hosts = data.place === 'parent' ? [...model.withdrawn.keys()] : [config.host];
        for (const host of hosts) model.withdrawn.get(host)?.clear();
      }
      // A later format's value with a newer date makes every tab read no choice: nothing is allowed.
      // Where other code's value now counts (the visitor's own copy replaced, an older acceptance left
      // at a longer path), what the visitor said there is no longer in the cookie: no page can keep it.
      for (const [i, each] of model.configs.entries()) {
        const counted = winner((await driver.state(i)).cookies);
        if (counted && FOREIGN_IDS.includes(String(counted.data.i))) model.withdrawn.get(each.host)?.clear();
      }
      return verify(model, real, new Set(), this.toString());
    }
    if (data.do === 'track') {
      await driver.track();
      return verify(model, real, new Set(), this.toString());
    }
    await driver.wait(data.seconds);
    return verify(model, real, new Set(), this.toString());
  }

  /** What an act of the visitor changes in the model. */
  private recordAct(model: Model, data: Extract<StepData, { do: 'act' }>, recorded: boolean | null, before: TabState | undefined): void {
    const config = model.configs[data.tab];
    if (config.blocked) return;
    const everything = [...config.entries, ...new Set(config.entries.map((name) => CATEGORY_OF[name]))];
    const hosts = [...new Set(model.configs.map((each) => each.host)), ...model.withdrawn.keys()];
    // A write reaches the tab's host, or every subdomain when it carries the shared cookie-domain.
    const reached = config.domain ? hosts : [config.host];
    const named = new Set<string>();
    const withdraw = (name: string, refused: boolean) => {
      named.add(name);
      for (const host of reached) {
        if (!model.withdrawn.has(host)) model.withdrawn.set(host, new Map());
        if (refused) model.withdrawn.get(host)!.set(name, { clock: config.clock, hidden: false });
        else model.withdrawn.get(host)!.delete(name);
      }
    };
    if (data.method === 'acceptAll') for (const name of everything) withdraw(name, false);
    if (data.method === 'rejectAll') for (const name of everything) withdraw(name, true);
    if (data.method === 'choose' && recorded) {
      // Categories first: an entry's own answer given with its category's wins, whatever the order given.
      const given = Object.entries(data.answers!).sort(([a], [b]) => Number(b in CATEGORY_KEYS) - Number(a in CATEGORY_KEYS));
      // A category's answer leaves the entries the visitor answered on their own as they are: their
      // own answer stands until they answer that entry again, or everything.
      const own = (name: string) =>
        before?.preferences?.entries[name] !== undefined ||
        (isExempt(config, name) && before?.preferences?.categories[CATEGORY_OF[name] as OptionalCategory] === false && before.allows[name]);
      for (const [name, value] of given) {
        if (typeof value !== 'boolean') continue;
        const covered =
          name in CATEGORY_KEYS
            ? [name, ...namesOf(config, name).filter((entry) => !own(entry) || typeof data.answers![entry] === 'boolean')]
            : config.entries.includes(name)
              ? [name]
              : [];
        for (const each of covered) withdraw(each, !value);
      }
    }
    // reset() forgets every objection, wherever this page reaches the cookie.
    if (data.method === 'reset') for (const withdrawn of model.withdrawn.values()) withdrawn.clear();
    // A write keeps what it does not name as its tab saw it: an exempt entry that tab allowed, or one
    // that needs consent there and that its valid choice did not refuse (there may be none: another
    // revision, another clock), is written without its objection.
    const wrote = data.method === 'acceptAll' || data.method === 'rejectAll' || (data.method === 'choose' && recorded === true);
    if (wrote && before) {
      for (const name of config.entries) {
        if (named.has(name) || (isExempt(config, name) ? !before.allows[name] : refuses(before.preferences, name))) continue;
        for (const host of hosts) model.withdrawn.get(host)?.delete(name);
      }
      // So is a category it does not name, as that tab's choice answers it (or leaves it unanswered).
      for (const category of new Set(config.entries.map((name) => CATEGORY_OF[name]))) {
        if (named.has(category) || before.preferences?.categories[category as OptionalCategory] === false) continue;
        for (const host of hosts) model.withdrawn.get(host)?.delete(category);
      }
      written(model, config);
    }
  }

  toString(): string {
    const { data } = this;
    if (data.do === 'act') return `tab ${data.tab}: ${data.method}(${data.answers ? JSON.stringify(data.answers) : ''})`;
    if (data.do === 'dialog') return `tab ${data.tab}: open and close the charter`;
    if (data.do === 'load') return `tabs ${data.tabs.join(',')}: ${data.label} ${JSON.stringify(data.change)}`;
    if (data.do === 'foreign') return `tab ${data.tab}: a foreign ${data.kind} value at ${data.place}`;
    if (data.do === 'track') return 'trackers set their cookies';
    return `${data.seconds} s pass`;
  }
}

/* The generators. */

export const ENTRY_SETS = [
  ['matomo', 'youtube', 'dailymotion'],
  ['matomo', 'ga', 'youtube', 'dailymotion'],
  ['matomo', 'anon', 'chat', 'youtube'],
  ['matomo', 'youtube'],
  ['matomo'],
];

/** What a charter may mark exempt: Matomo is then exempt; Google Analytics, an entry without an id, and YouTube never are. */
export const EXEMPT_SETS = [[], ['matomo'], ['matomo', 'ga'], ['matomo', 'anon', 'youtube'], ['ga']];

/** How a sequence starts: every tab on the first host, revision r1, with these entries and exemptions. */
export interface Start {
  entries: string[];
  exempt: string[];
}

/** Half the sequences start on a charter whose Matomo is exempt, some on a charter of Matomo alone. */
export const startArbitrary: fc.Arbitrary<Start> = fc
  .tuple(fc.constantFrom(ENTRY_SETS[0], ENTRY_SETS[0], ['matomo']), fc.constantFrom<string[]>([], ['matomo']))
  .map(([entries, exempt]) => ({ entries, exempt }));

const answers = fc.dictionary(
  fc.constantFrom(...NAMES, 'anon', 'Statistics', 'necessary', 'unknown'),
  fc.oneof(fc.boolean(), fc.boolean(), fc.constant('yes' as unknown as boolean)),
  { maxKeys: 3 },
);

/**
 * The steps' generators, for tabs numbered below `tabs` on `hosts` (several hosts bring `cookie-domain`
 * and moves between subdomains); `wait` adds time passing on the real clock, which only Node can move.
 */
export function stepArbitraries(hosts: string[], { tabs = 3, wait = false } = {}): fc.Arbitrary<Step>[] {
  const tab = fc.integer({ min: 0, max: tabs - 1 });
  const all = Array.from({ length: tabs }, (_, i) => i);
  const some = fc.oneof(
    tab.map((i) => [i]),
    fc.constant<number[]>(all),
  );
  const step = (data: StepData) => new Step(data);
  const load = (tabs: number[], change: Partial<TabConfig>, label: string) => step({ do: 'load', tabs, change, label });
  const list: fc.Arbitrary<Step>[] = [
    tab.map((i) => step({ do: 'act', tab: i, method: 'acceptAll' })),
    tab.map((i) => step({ do: 'act', tab: i, method: 'rejectAll' })),
    fc.tuple(tab, answers).map(([i, given]) => step({ do: 'act', tab: i, method: 'choose', answers: given })),
    // The visitor's own switch of Matomo, the entry that may be exempt: an objection, or lifting it.
    fc.tuple(tab, fc.boolean()).map(([i, on]) => step({ do: 'act', tab: i, method: 'choose', answers: { matomo: on } })),
    tab.map((i) => step({ do: 'act', tab: i, method: 'reset' })),
    tab.map((i) => step({ do: 'dialog', tab: i })),
    tab.map((i) => load([i], {}, 'reload')),
    fc.tuple(some, fc.constantFrom(null, 'r1', 'r2')).map(([tabs, revision]) => load(tabs, { revision }, 'new revision')),
    fc.tuple(some, fc.constantFrom(...ENTRY_SETS)).map(([tabs, entries]) => load(tabs, { entries }, 'entries changed')),
    fc.tuple(some, fc.constantFrom(...EXEMPT_SETS)).map(([tabs, exempt]) => load(tabs, { exempt }, 'exempt changed')),
    fc.tuple(tab, fc.boolean()).map(([i, gpc]) => load([i], { gpc }, 'Global Privacy Control')),
    fc.tuple(tab, fc.boolean()).map(([i, blocked]) => load([i], { blocked }, 'cookies blocked')),
    fc.tuple(tab, fc.constantFrom(0, 183 * DAY)).map(([i, clock]) => load([i], { clock }, 'clock')),
    fc
      .tuple(
        tab,
        fc.constantFrom<ForeignKind>('tampered', 'later', 'other-revision', 'stale'),
        fc.constantFrom<Place>('path', 'root', 'parent'),
      )
      .map(([i, kind, place]) => step({ do: 'foreign', tab: i, kind, place })),
    fc.constant(step({ do: 'track' })),
  ];
  if (wait) list.push(fc.constantFrom(1, 1, 60).map((seconds) => step({ do: 'wait', seconds })));
  if (hosts.length > 1) {
    list.push(
      fc.tuple(some, fc.constantFrom(null, 'example.test')).map(([tabs, domain]) => load(tabs, { domain }, 'cookie-domain')),
      fc.tuple(tab, fc.constantFrom(...hosts)).map(([i, host]) => load([i], { host }, 'another subdomain')),
    );
  }
  return list;
}

/** The tabs' configurations at the start of a sequence. */
export const startConfigs = (hosts: string[], start: Start, tabs = 3): TabConfig[] =>
  Array.from({ length: tabs }, () => ({
    host: hosts[0],
    revision: 'r1',
    entries: start.entries,
    exempt: start.exempt,
    domain: null,
    gpc: false,
    clock: 0,
    blocked: false,
  }));

/**
 * Runs one sequence: the tabs are open (`driver` made for `startConfigs`), checked, then each step runs
 * if it applies. Throws the first broken invariant, with the step that broke it.
 */
export async function runSequence(driver: Driver, configs: TabConfig[], steps: Iterable<fc.AsyncCommand<Model, Real>>): Promise<Real> {
  const real: Real = { driver, last: [], steps: 0 };
  const model: Model = { configs: configs.map((config) => ({ ...config })), withdrawn: new Map() };
  await verify(model, real, new Set(configs.map((_, i) => i)), 'opening');
  await fc.asyncModelRun(() => ({ model, real }), steps);
  return real;
}

/** A counterexample as the corpus keeps it: explicit steps, which replay whatever the generators become. */
export interface CorpusCase {
  /** What it found, and where. */
  found: string;
  hosts: string[];
  start: Start;
  steps: StepData[];
}

/** The corpus file for a failure, as JSON. */
export const corpusCase = (found: string, hosts: string[], start: Start, steps: Step[]): CorpusCase => ({
  found,
  hosts,
  start,
  steps: steps.map((step) => step.data),
});
