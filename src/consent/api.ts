import type { Preferences } from './choice.js';
import type { ChangeListener, Consent } from './consent.js';
import { warn } from './warn.js';

/**
 * `window.cookieCharter`: what a portal's scripts call to ask before they set a cookie, and to record
 * or change the visitor's choice. Before the widget's script has run, a page may queue work:
 * `(window.cookieCharter = window.cookieCharter || []).push((api) => …)`.
 */
export interface CookieCharterApi {
  /**
   * True when the visitor has nothing left to answer: a valid choice is stored (or, where cookies are
   * blocked, made on this page) and answers everything the charter asks, or Global Privacy Control
   * refuses for them, or every optional entry is exempt audience measurement (there is nothing to ask:
   * no banner shows). False before a choice, and again when the charter has gained a category or an
   * entry the visitor was never asked about, or a new `revision`. The banner shows while it is false.
   * @example
   * if (!cookieCharter.decided) showOwnBanner(); // with `cookie-charter/consent`, a banner of your own
   */
  readonly decided: boolean;
  /** False when the last choice could not be written to the cookie: it holds for this page only, and the next choice tries again. */
  readonly stored: boolean;
  /**
   * True when the category (`statistics`, `first-party`, `third-party`) or entry id `name` may set
   * cookies now. `necessary` always. An entry that needs consent: false until the visitor allows it or
   * its category. An `exempt` entry (audience measurement exempt from consent): true from the first
   * visit, until the visitor objects. A category: true when it is allowed, or when all its entries are
   * exempt and none was objected to. Unknown names: false. One lookup: call it freely.
   * @example
   * if (cookieCharter.allows('matomo')) loadMatomo();
   */
  allows(name: string): boolean;
  /**
   * A copy of the choice that holds, safe to keep, or null when none holds (no choice yet, an expired
   * one, one of another `revision`). See `Preferences` for each field.
   * @example
   * cookieCharter.preferences();
   * // { categories: { statistics: true, 'third-party': false }, entries: { youtube: true },
   * //   objections: [], revision: '2024-06', date: '2026-12-06T10:00:00.000Z', id: 'k2m9q4p1x7', gpc: false }
   */
  preferences(): Preferences | null;
  /** Records an allowance of every optional category the charter shows. */
  acceptAll(): void;
  /** Records a refusal of every optional category the charter shows. */
  rejectAll(): void;
  /**
   * Records an answer per category or entry id, such as `{ statistics: true, matomo: false }`; names
   * not given keep their answer. True when recorded; false, with a console warning, when no name is an
   * optional category or entry id with true or false, when the choice would not fit in the cookie, or
   * while the page's charter is still being parsed (it is then recorded once the page has been read).
   */
  choose(answers: Record<string, boolean>): boolean;
  /** Shows the charter and preferences dialog, where the visitor changes or withdraws the choice. */
  open(): void;
  /** Forgets the choice, removes the cookie and shows the banner again. */
  reset(): void;
  /** Calls `listener(preferences)` after every change (null after `reset()`); returns a function that unsubscribes it. */
  onChange(listener: ChangeListener): () => void;
  /** Calls `callback(api)` now: the same call works before the script has run, on the queue. */
  push(callback: (api: CookieCharterApi) => void): void;
}

declare global {
  interface Window {
    /** The widget's API once its script has run; before that, a queue of callbacks the page may push. */
    cookieCharter?: CookieCharterApi | Array<(api: CookieCharterApi) => void>;
  }
}

/** Runs a portal's callback without letting its error escape into the widget. */
function run(callback: unknown, api: CookieCharterApi): void {
  if (typeof callback !== 'function') return warn('push');
  try {
    callback(api);
  } catch (error) {
    warn('threw', 'a pushed callback', error);
  }
}

/** What the API stands on, from the start-up. */
export interface ApiParts {
  /** The core, started at the first call if it has not started. */
  core(): Consent;
  /** Shows the dialog. */
  open(): void;
  /** The query a page may make in a loop, answered from the core's published table. */
  allows(name: string): boolean;
  /**
   * Runs a call that records or forgets a choice: now (true) or, while the page's charter is still
   * being parsed, once it has been read (false).
   */
  record(action: () => void): boolean;
}

/** The API over the core: every member answers from the core, exactly as it stands. */
export function createApi({ core, open, allows, record }: ApiParts): CookieCharterApi {
  const api: CookieCharterApi = Object.freeze({
    get decided() {
      return core().decided;
    },
    get stored() {
      return core().stored;
    },
    allows,
    preferences: () => core().preferences(),
    acceptAll: () => void record(() => core().acceptAll()),
    rejectAll: () => void record(() => core().rejectAll()),
    choose(answers: Record<string, boolean>) {
      let recorded = false;
      // A copy: the page may change its object before a choice made during parsing is recorded.
      const given = typeof answers === 'object' && answers !== null ? { ...answers } : answers;
      if (!record(() => (recorded = core().choose(given)))) warn('chooseEarly');
      return recorded;
    },
    open,
    reset: () => void record(() => core().reset()),
    onChange: (listener: ChangeListener) => core().onChange(listener),
    push: (callback: (api: CookieCharterApi) => void) => run(callback, api),
  });
  return api;
}

/** Installs the API on `window`, running the callbacks a page queued before the script ran. */
export function installApi(api: CookieCharterApi): void {
  const queued = window.cookieCharter;
  window.cookieCharter = api;
  if (Array.isArray(queued)) for (const callback of queued) run(callback, api);
  else if (queued !== undefined) warn('queue');
}
