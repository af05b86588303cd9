/*
 * Portal pages in Node, for the model-based test: a browser's cookie jar shared by every tab, and per
 * tab the few globals the consent core and its effects touch (`document.cookie`, `location`,
 * `navigator`, and `fetch`, which posts receipts). The real core runs in each tab with the tab's own clock
 * and Global Privacy Control signal, and the real deletion of refused cookies and receipts follow it.
 * Tabs run one at a time: each call into a tab first makes its globals the page's.
 */
import { createConsent, pageIo, type Consent } from '../../src/consent/consent.js';
import type { CharterConfig, EntryConfig } from '../../src/consent/config.js';
import { deleteRefusedCookies } from '../../src/enforcement/deletion.js';
import { sendReceipts } from '../../src/enforcement/receipt.js';
import { readStored } from '../../src/consent/store.js';
import { explainWith } from '../../src/consent/warn.js';
import { CATALOG, isExempt, NAMES, TRACKER, type Driver, type Report, type TabConfig, type TabState } from '../model/model.js';

// The console's explanations are not this test's concern: problems are said to no one.
explainWith(() => {});

/** The page every tab shows. */
const PATH = '/test/fixtures/model/tab.html';

interface StoredCookie {
  name: string;
  value: string;
  /** The `Domain` it was set with (without its dot), or the host for a host-only cookie. */
  domain: string;
  hostOnly: boolean;
  path: string;
  /** When it expires, in milliseconds on the real clock; Infinity for a session cookie. */
  expires: number;
  /** Its order of creation, kept when it is written again: the order `document.cookie` gives. */
  created: number;
}

const pathMatches = (cookiePath: string, path: string) =>
  path === cookiePath || (path.startsWith(cookiePath) && (cookiePath.endsWith('/') || path[cookiePath.length] === '/'));

/** A cookie jar as browsers keep it (RFC 6265): one per browser, reached by every tab's `document.cookie`. */
export class Jar {
  private cookies: StoredCookie[] = [];
  private count = 0;

  constructor(readonly clock: { ms: number }) {}

  /** What `document.cookie` gives on a page of `host` at `path`. */
  read(host: string, path = PATH): string {
    this.cookies = this.cookies.filter((cookie) => cookie.expires > this.clock.ms);
    return this.cookies
      .filter(
        (cookie) =>
          (cookie.hostOnly ? host === cookie.domain : host === cookie.domain || host.endsWith(`.${cookie.domain}`)) &&
          pathMatches(cookie.path, path),
      )
      .sort((a, b) => b.path.length - a.path.length || a.created - b.created)
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  /** What a write of `document.cookie` does on a page of `host` (every tab shows the same page). */
  write(host: string, text: string): void {
    const [pair, ...attributes] = text.split(';');
    const equals = pair.indexOf('=');
    const name = (equals < 0 ? '' : pair.slice(0, equals)).trim();
    const value = (equals < 0 ? pair : pair.slice(equals + 1)).trim();
    let domain: string | null = null;
    let cookiePath: string | null = null;
    let expires = Infinity;
    let maxAge: number | null = null;
    for (const attribute of attributes) {
      const [key, ...rest] = attribute.split('=');
      const word = key.trim().toLowerCase();
      const argument = rest.join('=').trim();
      if (word === 'domain') domain = argument.replace(/^\./, '').toLowerCase();
      else if (word === 'path') cookiePath = argument.startsWith('/') ? argument : null;
      else if (word === 'max-age') maxAge = Number(argument);
      else if (word === 'expires') expires = Date.parse(argument);
      // A partitioned cookie is one of another jar, which no tab of this test sets.
      else if (word === 'partitioned') return;
    }
    if (domain !== null && domain !== host && !host.endsWith(`.${domain}`)) return;
    // A single-label host (localhost) takes its own name as `Domain` for a host-only cookie.
    const hostOnly = domain === null || (!domain.includes('.') && domain === host);
    const where = { domain: domain ?? host, hostOnly, path: cookiePath ?? PATH.slice(0, PATH.lastIndexOf('/')) };
    if (maxAge !== null) expires = maxAge <= 0 ? -Infinity : this.clock.ms + maxAge * 1000;
    // Browsers keep a host-only cookie and one with `Domain` set to the host apart.
    const same = this.cookies.findIndex(
      (cookie) => cookie.name === name && cookie.domain === where.domain && cookie.hostOnly === hostOnly && cookie.path === where.path,
    );
    const created = same >= 0 ? this.cookies[same].created : (this.count += 1);
    if (same >= 0) this.cookies.splice(same, 1);
    if (expires > this.clock.ms) this.cookies.push({ name, value, ...where, expires, created });
  }
}

/** The globals of one page: what the core and its effects reach. */
interface PageGlobals {
  document: { cookie: string; domain: string };
  location: { protocol: string; pathname: string; origin: string; href: string };
  navigator: object;
  fetch(url: string, init: RequestInit): Promise<Response>;
}

const entryConfig = (config: TabConfig, name: string): EntryConfig => {
  const [category, provider, cookies] = CATALOG[name];
  const id = name === 'anon' ? null : name;
  const names = cookies.split(' ');
  return {
    id,
    key: id ?? `${provider} ${names.join(' ')}`,
    category: category as EntryConfig['category'],
    provider,
    service: '',
    cookies: names,
    purpose: '',
    duration: '',
    exempt: isExempt(config, name),
  };
};

/** The charter the tab's `<cookie-charter>` gives (test/fixtures/model/tab.html). */
function charterOf(config: TabConfig): CharterConfig {
  return {
    platform: `http://${config.host}`,
    lang: 'fr',
    revision: config.revision,
    expires: 182,
    cookieDomain: config.domain,
    googleConsentMode: null,
    ignoreGpc: false,
    receiptEndpoint: `http://${config.host}/receipts`,
    policyUrl: null,
    entries: config.entries.map((name) => entryConfig(config, name)),
  };
}

/** One tab: a page of the portal, loaded with `config`. */
class NodeTab {
  consent!: Consent;
  private globals!: PageGlobals;
  private counts = { writes: 0, beacons: 0, changes: 0 };
  private errors: string[] = [];
  /** Deletes the cookies this page's charter refuses (`deletion.ts`). */
  private sweep = () => {};
  /** The gated scripts that ran on this page (each runs once, when its entry is allowed). */
  private ran = new Set<string>();

  constructor(
    private readonly jar: Jar,
    public config: TabConfig,
  ) {
    this.load(config);
  }

  /** Runs `action` in this page: its globals are the page's meanwhile. An exception is the page's error. */
  within<T>(action: () => T): T | undefined {
    const global = globalThis as unknown as Record<string, unknown>;
    const saved = ['document', 'location', 'navigator', 'fetch'].map((name) => [name, global[name]] as const);
    for (const [name, value] of Object.entries(this.globals))
      Object.defineProperty(global, name, { value, configurable: true, writable: true });
    try {
      return action();
    } catch (error) {
      this.errors.push(String(error instanceof Error ? error.stack : error));
      return undefined;
    } finally {
      for (const [name, value] of saved) Object.defineProperty(global, name, { value, configurable: true, writable: true });
    }
  }

  /** A new page: the widget starts as the drop-in does, with the tab's clock and signals. */
  load(config: TabConfig): void {
    this.config = config;
    this.counts = { writes: 0, beacons: 0, changes: 0 };
    this.ran = new Set();
    const { jar } = this;
    const { host, blocked } = config;
    const counts = this.counts;
    this.globals = {
      document: {
        domain: host,
        get cookie() {
          return blocked ? '' : jar.read(host);
        },
        set cookie(text: string) {
          if (/^cookies_preferences=[^;]/.test(text)) counts.writes += 1;
          if (!blocked) jar.write(host, text);
        },
      },
      location: { protocol: 'http:', pathname: PATH, origin: `http://${host}`, href: `http://${host}${PATH}` },
      navigator: {},
      fetch: (_url: string, init: RequestInit) => (
        init.keepalive && (counts.beacons += 1),
        Promise.resolve(new Response(null, { status: 204 }))
      ),
    };
    this.within(() => {
      const charter = charterOf(config);
      const consent = createConsent(readStored(), charter, () => {}, {
        ...pageIo,
        clock: () => Math.floor(jar.clock.ms / 1000) + config.clock,
        gpcRefuses: () => config.gpc,
        announce: () => (counts.changes += 1),
      });
      this.consent = consent;
      this.sweep = deleteRefusedCookies(consent);
      sendReceipts(consent);
      consent.watch(() => this.runGated());
      consent.configure(charter);
      this.runGated();
    });
  }

  /** Gated scripts: each entry's tracker runs once its entry is allowed, and sets its cookie. */
  private runGated(): void {
    for (const name of this.config.entries) {
      if (name === 'anon' || this.ran.has(name) || !this.consent.allows(name)) continue;
      this.ran.add(name);
      this.globals.document.cookie = `${TRACKER[name]}=1; Path=/`;
    }
  }

  /**
   * The visitor comes back to the tab, as `tabs.ts` hears it (focus, visible): the cookie is read again,
   * then refused cookies are deleted. (Its channel and timer between tabs are left out: every step
   * ends with each tab woken.)
   */
  wake(): void {
    this.within(() => {
      this.consent.reload();
      this.sweep();
    });
  }

  track(): void {
    this.within(() => {
      for (const name of this.config.entries)
        if (name !== 'anon' && this.consent.allows(name)) document.cookie = `${TRACKER[name]}=1; Path=/`;
    });
  }

  state(): TabState {
    const { consent } = this;
    const allows: Record<string, boolean> = {};
    for (const name of ['necessary', ...NAMES, 'anon']) allows[name] = consent.allows(name);
    return {
      decided: consent.decided,
      stored: consent.stored,
      allows,
      preferences: consent.preferences(),
      cookies: this.jar.read(this.config.host),
      // The banner shows while the core asks (the UI draws it then: the browser test checks that part).
      banner: consent.asks,
      ...this.counts,
      errors: [...this.errors],
    };
  }
}

/** Tabs of one browser in Node, driven by the shared steps; the real clock starts at `start` (Unix ms). */
export function nodeDriver(configs: TabConfig[], start = Date.UTC(2026, 11, 6)): Driver {
  const clock = { ms: start };
  const jar = new Jar(clock);
  const tabs = configs.map((config) => new NodeTab(jar, config));
  return {
    call: async (i, method, args) => {
      const api = tabs[i].consent as unknown as Record<string, (...args: unknown[]) => unknown>;
      return (tabs[i].within(() => api[method](...args)) ?? null) as boolean | null;
    },
    // The charter's dialog is the UI's: the browser test opens it.
    dialog: async () => {},
    load: async (i, config) => tabs[i].load(config),
    // Other code of the page writes the jar itself, blocked or not, and is not counted as the widget's.
    cookie: async (i, value) => jar.write(tabs[i].config.host, value),
    state: async (i) => tabs[i].state(),
    track: async () => tabs.forEach((tab) => tab.track()),
    wait: async (seconds) => void (clock.ms += seconds * 1000),
    now: () => Math.floor(clock.ms / 1000),
    async settle(check: (report: Report) => void) {
      for (const tab of tabs) tab.wake();
      check({ states: tabs.map((tab) => tab.state()), now: Math.floor(clock.ms / 1000) });
      // A visitor's steps are a second apart at least: two writes share a date only within a step.
      clock.ms += 1000;
    },
  };
}
