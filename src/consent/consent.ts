import type { CookieCharterApi } from './api.js';
import type { Category, OptionalCategory } from './categories.js';
import { now, randomId, toPreferences, type Choice, type Preferences } from './choice.js';
import { encodeChoice } from './codec.js';
import type { CharterConfig, EntryConfig } from './config.js';
import { gpcSignal } from './gpc.js';
import { answerTable, countedCopy, gpcRefusal, holding, isDecided, nextChoice, type AnswerTable } from './rules.js';
import { COOKIE_LIMIT, readStored, removeStored, storedSize, writeStored, type CookieOptions } from './store.js';
import { warn } from './warn.js';

export type ChangeListener = (preferences: Preferences | null) => void;
/** `local` is true when the change was made on this page (a choice or a reset), not read back from the cookie. */
export type Watcher = (local?: boolean) => void;
/** Category names and entry ids, each to whether it may set cookies now. */
export type Answers = Readonly<Record<string, boolean>>;

/**
 * The consent core: the page's charter, the visitor's choice, and what it allows. It knows nothing of
 * the banner or the dialog, so that the API answers before any UI code has loaded. Everything above it
 * (the start-up, the API, the effects, the UI) works through this interface.
 */
export interface Consent extends Pick<
  CookieCharterApi,
  'decided' | 'stored' | 'allows' | 'preferences' | 'acceptAll' | 'rejectAll' | 'onChange'
> {
  /** The page's charter, as last read from `<cookie-charter>`. */
  readonly config: CharterConfig;
  /** True when the banner must ask: the charter asks something that no choice (nor Global Privacy Control) answers. */
  readonly asks: boolean;
  /** The optional categories that have at least one entry: the ones a visitor is asked about. */
  readonly categories: readonly OptionalCategory[];
  /** Whether an entry of the charter, with or without an id, may set its cookies now. */
  allowsEntry(entry: EntryConfig): boolean;
  /** The category of a category name or entry id of the charter; undefined for anything else. */
  categoryOf(name: string): Category | undefined;
  /** Takes the page's charter as newly read, and judges the stored choice under it. */
  configure(config: CharterConfig): void;
  /** Reads the cookie again (another tab may have written it) and tells listeners when the choice changed. */
  reload(): void;
  /**
   * As `CookieCharterApi.choose`, at once (the API waits for the charter to be read), and for any
   * value: what is not an object of known names with true or false is warned about.
   */
  choose(answers: Record<string, unknown>): boolean;
  /** Forgets the choice: removes every copy of the cookie the page can reach (the API's `reset()`, at once). */
  reset(): void;
  /** Tells an internal observer (the UI, the effects) of every change, of the charter too; returns what stops it. */
  watch(watcher: Watcher): () => void;
}

/** What the core reads and writes outside itself: the page's cookie, clock and signals (`pageIo`), or a test's. */
export interface ConsentIo {
  /** Every raw value of `cookies_preferences` the page can read (`readStored`). */
  readCookie(): string[];
  /** Stores a value, removing every other copy; false when the browser did not keep it (`writeStored`). */
  writeCookie(value: string, options: CookieOptions): boolean;
  /** Removes every copy of the cookie the page can reach (`removeStored`). */
  removeCookie(): void;
  /** The present moment on the page's clock, in whole seconds since 1970 (UTC). */
  clock(): number;
  /** Whether the browser sends Global Privacy Control. */
  gpcRefuses(): boolean;
  /** Tells the page's scripts of a change of choice: the `cookie-charter:change` event. */
  announce(preferences: Preferences | null): void;
}

/** The page's own cookie, clock and Global Privacy Control signal. */
export const pageIo: ConsentIo = {
  readCookie: readStored,
  writeCookie: writeStored,
  removeCookie: removeStored,
  clock: now,
  gpcRefuses: gpcSignal,
  announce: (detail) => document.dispatchEvent(new CustomEvent('cookie-charter:change', { bubbles: true, detail })),
};

/** The values read, as one string: what tells a change of the cookie. */
const joined = (values: string[]) => values.join('\n');

/**
 * The consent core: the configuration, the visitor's choice, and what it allows. It knows nothing of
 * the banner or the dialog, so that the API answers before any UI code has loaded. `initial` is the
 * cookie's values as the page has just read them (`readStored()`), and `initialConfig` the page's
 * `<cookie-charter>` as read at start, so that start-up reads each once and judges the stored choice
 * under the page's own revision from the first moment. `publish` receives each new table of answers
 * (name to allowed), for a query that reads it without a call. The rules themselves are `rules.ts`'s:
 * this keeps the state, writes the cookie and tells listeners.
 */
export function createConsent(
  initial: string[],
  initialConfig: CharterConfig,
  publish: (answers: Answers) => void,
  io: ConsentIo = pageIo,
): Consent {
  let config = initialConfig;
  /** The cookie's values last read, joined. */
  let lastRead = joined(initial);
  /** The copy among them that counts. */
  let copy = countedCopy(initial);
  /** False when the last write did not reach the cookie. */
  let written = true;
  /** The valid choice for the current configuration (or Global Privacy Control's refusal), or null. */
  let choice: Choice | null = null;
  /** What the choice allows, rebuilt on every change, so that `allows` is one property lookup. */
  let table: AnswerTable;
  /** Whether this page has written Global Privacy Control's refusal on its own, which it does once per load. */
  let gpcWritten = false;
  const listeners = new Set<ChangeListener>();
  /** Internal observers (the UI, the enforcement layer): told of configuration changes as well as choices. */
  const watchers = new Set<Watcher>();
  /** Counts notifications: one that starts while another runs makes the older one stop, stale. */
  let notifications = 0;

  /** `ahead`: the copy that counts is dated too far ahead to be read here (see `holding`). */
  const rebuild = (recent: Choice | null, ahead?: boolean) => {
    table = answerTable(config, choice, recent, copy.laterFormat || ahead === true);
    publish(table.allowed);
  };

  /** Global Privacy Control says no, and the charter asks something. Read only when needed. */
  const gpcRefuses = () => table.shownCategories.length > 0 && !config.ignoreGpc && io.gpcRefuses();

  /** Stores a choice (a warning when the browser did not keep it). */
  const write = (next: Choice) => {
    written = io.writeCookie(encodeChoice(next), { days: config.expires, domain: config.cookieDomain });
    if (!written) warn('unstored');
    lastRead = joined(io.readCookie());
    copy = { counted: next, laterFormat: false };
  };

  /**
   * Decides whether the stored choice holds under the current configuration (revision, age). Without
   * one, Global Privacy Control's refusal holds: written once per load, always when `gpcWrites` is true
   * (a reset), never when it is false (another tab wrote, or the first reading at start) nor over a
   * later format's choice; kept in memory otherwise. True when it wrote.
   */
  const judge = (gpcWrites?: boolean): boolean => {
    const before = choice;
    const held = holding(copy.counted, config, io.clock());
    choice = held.choice;
    rebuild(held.recent, held.ahead);
    if (choice || !gpcRefuses()) return false;
    // The refusal already held in memory stays the same one while it applies.
    choice =
      before?.gpc && before !== copy.counted && before.revision === config.revision
        ? before
        : gpcRefusal(table.shownCategories, config.revision, io.clock(), randomId());
    const writes = gpcWrites ?? (!gpcWritten && !copy.laterFormat);
    if (writes) {
      gpcWritten = true;
      write(choice);
    }
    rebuild(held.recent, held.ahead);
    return writes;
  };

  const notify = (local?: boolean) => {
    const current = ++notifications;
    const preferences = consent.preferences();
    for (const listener of [...listeners]) {
      if (current !== notifications) return;
      try {
        listener(consent.preferences());
      } catch (error) {
        warn('threw', 'an onChange listener', error);
      }
    }
    if (current !== notifications) return;
    io.announce(preferences);
    for (const watcher of [...watchers]) if (current === notifications) watcher(local);
  };

  /** Tells of a judgement: a change of choice to everyone, anything else to the watchers. */
  const settle = (before: Choice | null, wrote: boolean, local?: boolean, same?: boolean) => {
    if (wrote || before !== choice) notify(wrote || local);
    else if (!same) for (const watcher of [...watchers]) watcher(local);
  };

  /** Merges answers into the current choice and stores the result; `everything`: every category is answered at once. */
  const record = (answers: Record<string, boolean | undefined>, everything: boolean) => {
    const next = nextChoice(config, choice, table, answers, everything, io.clock(), choice?.id ?? randomId());
    // A choice too large for a cookie is refused whole, never cut: the previous one stays, in the cookie and here.
    const size = storedSize(encodeChoice(next));
    if (size > COOKIE_LIMIT) {
      warn('tooLarge', size, COOKIE_LIMIT);
      return false;
    }
    write(next);
    choice = next;
    rebuild(next);
    notify(true);
    return true;
  };

  /** Keeps the answers of known names; false, with warnings, when none is valid. `everything` answers every category. */
  const answer = (given: Record<string, unknown>, everything?: boolean): boolean => {
    if (typeof given !== 'object' || given === null) {
      warn('chooseArgument');
      return false;
    }
    const known: Record<string, boolean> = Object.create(null);
    let valid = everything === true;
    for (const name of Object.keys(given)) {
      const value = given[name];
      const category = table.categoryByName[name];
      if (everything) known[name] = value as boolean;
      else if (typeof value !== 'boolean') warn('chooseValue', name);
      else if (category && category !== 'necessary') {
        known[name] = value;
        valid = true;
      } else warn('chooseName', name);
    }
    if (!valid) warn('chooseNothing');
    return valid && record(known, everything === true);
  };

  const consent: Consent = {
    get config() {
      return config;
    },
    get stored() {
      return written;
    },
    get decided() {
      return isDecided(choice, table, gpcRefuses());
    },
    get asks() {
      return table.shownCategories.length > 0 && !consent.decided;
    },
    get categories() {
      return table.shownCategories;
    },
    allows: (name) => table.allowed[name] === true,
    allowsEntry: (entry) => table.allowedByKey[entry.key] === true,
    categoryOf: (name) => table.categoryByName[name],
    preferences: () => choice && toPreferences(choice, table.objectedIds),

    configure(next) {
      // The start-up binds the charter the core started with: then only a change of choice is news.
      const same = next === config;
      config = next;
      settle(choice, judge(), undefined, same);
    },

    reload() {
      const values = io.readCookie();
      const read = joined(values);
      // Unchanged, or blocked cookies: the choice made on this page lives in memory.
      if (read === lastRead || (!values.length && !written)) return;
      lastRead = read;
      copy = countedCopy(values);
      const before = choice;
      const objected = `${table.objectedIds}`;
      judge(false);
      // Another revision's objection changes no choice here, but what it allows.
      if (before !== choice || objected !== `${table.objectedIds}`) notify();
    },

    acceptAll: () => void answer({ statistics: true, 'first-party': true, 'third-party': true }, true),
    rejectAll: () => void answer({ statistics: false, 'first-party': false, 'third-party': false }, true),
    choose: (answers) => answer(answers),

    reset() {
      io.removeCookie();
      lastRead = joined(io.readCookie());
      copy = { counted: null, laterFormat: false };
      written = true;
      const had = choice;
      choice = null;
      // Other tabs hear of it even when this one had no choice: one of them may have just made it.
      settle(had, judge(true), true);
    },

    onChange(listener) {
      if (typeof listener !== 'function') {
        warn('listener');
        return () => {};
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    watch(watcher) {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
  };
  // At start nothing is written: the start-up binds the page's charter next, and that judgement may.
  judge(false);
  return consent;
}
