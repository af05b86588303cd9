import { OPTIONAL_CATEGORIES, type Category, type OptionalCategory } from './categories.js';
import { now, randomId, toPreferences, type Choice, type Preferences } from './choice.js';
import { decodeChoice, encodeChoice } from './codec.js';
import type { CharterConfig } from './config.js';
import { COOKIE_LIMIT, readStored, removeStored, storedSize, writeStored } from './store.js';
import { warn } from './warn.js';

export type ChangeListener = (preferences: Preferences | null) => void;
/** `local` is true when the change was made on this page (a choice or a reset), not read back from the cookie. */
export type Watcher = (local?: boolean) => void;

/**
 * While the page is parsed, its `<cookie-charter>` may be read only in part (the entries that follow
 * are not there yet): a choice made then is recorded once the whole page is read, in order.
 */
const whenParsed = (action: () => void) => {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', action, { once: true });
  else action();
};

/*
 * The core calls no iteration method of Array.prototype (map, filter, some, includes, forEach…) and
 * never the page's JSON: loops, Sets and its own codec keep it exact on pages that replaced them.
 */

/**
 * The consent core: the configuration, the visitor's choice, and what it allows. It knows nothing of
 * the banner or the dialog, so that the API answers before any UI code has loaded. `initial` is the
 * cookie's value as the page has just read it (`readStored()`), and `initialConfig` the page's
 * `<cookie-charter>` as read at start, so that start-up reads each once and judges the stored choice
 * under the page's own revision from the first moment. `publish` receives each new table of answers
 * (name to allowed), for a query that reads it without a call.
 */
export function createConsent(
  initial: string | undefined,
  initialConfig: CharterConfig,
  publish: (answers: Readonly<Record<string, boolean>>) => void,
) {
  let config = initialConfig;
  /** The raw cookie value last read, and what it decoded to. */
  let raw = initial;
  let stored = decodeChoice(raw);
  /** The valid choice for the current configuration, or null. */
  let choice: Choice | null = null;
  /** Answers for `allows`, rebuilt on every change, so that a call is one property lookup. */
  let allowed: Record<string, boolean> = {};
  /** The category of each category name and entry id of the charter. */
  let kinds: Record<string, Category> = {};
  /** The optional categories that have at least one entry. */
  let shown: OptionalCategory[] = [];
  const listeners = new Set<ChangeListener>();
  /** Internal observers (the UI, the enforcement layer): told of configuration changes as well as choices. */
  const watchers = new Set<Watcher>();

  const rebuild = () => {
    allowed = Object.create(null);
    kinds = Object.create(null);
    allowed.necessary = true;
    kinds.necessary = 'necessary';
    const present = new Set<Category>();
    for (const { id, category } of config.entries) {
      present.add(category);
      kinds[id] = category;
      allowed[id] = category === 'necessary' || (choice?.entries[id] ?? choice?.categories[category as OptionalCategory]) === true;
    }
    shown = [];
    for (const category of OPTIONAL_CATEGORIES) {
      allowed[category] = choice?.categories[category] === true;
      kinds[category] = category;
      if (present.has(category)) shown.push(category);
    }
    publish(allowed);
  };

  /** Decides whether the stored choice holds under the current configuration (revision, age). */
  const judge = () => {
    const age = now() - (stored?.time ?? 0);
    // A date more than a day ahead of this clock was forged, not skewed.
    choice = stored?.revision === config.revision && age <= config.expires * 86400 && age >= -86400 ? stored : null;
    rebuild();
  };

  const notify = (local?: boolean) => {
    const preferences = consent.preferences();
    for (const listener of [...listeners]) {
      try {
        listener(consent.preferences());
      } catch (error) {
        warn('threw', 'an onChange listener', error);
      }
    }
    document.dispatchEvent(new CustomEvent('cookie-charter:change', { bubbles: true, detail: preferences }));
    watchers.forEach((watcher) => watcher(local));
  };

  /** Merges answers into the current choice (or a refusal of everything) and stores the result. */
  const record = (answers: Record<string, boolean | undefined>) => {
    const categories: Choice['categories'] = {};
    for (const category of shown) categories[category] = answers[category] ?? choice?.categories[category] ?? false;
    const entries: Record<string, boolean> = Object.create(null);
    for (const { id, category } of config.entries) {
      if (category === 'necessary') continue;
      const answer = answers[id] ?? (answers[category] === undefined ? choice?.entries[id] : undefined);
      // Only answers that differ from their category are kept: the cookie stays small.
      if (answer !== undefined && answer !== categories[category]) entries[id] = answer;
    }
    return consent.commit({ categories, entries, revision: config.revision, time: now(), id: choice?.id ?? randomId() });
  };

  const all = (value: boolean) =>
    whenParsed(() => {
      const answers: Record<string, boolean> = {};
      for (const category of OPTIONAL_CATEGORIES) answers[category] = value;
      record(answers);
    });

  const consent = {
    /** False when the last choice could not be written to the cookie (blocked cookies): it lives in memory. */
    stored: true,

    get config() {
      return config;
    },

    get decided() {
      return choice !== null;
    },

    /** The optional categories that have at least one entry: the ones a visitor is asked about. */
    get categories() {
      return shown;
    },

    allows: (name: string) => allowed[name] === true,

    /** The category of a category name or entry id of the charter; undefined for anything else. */
    kind: (name: string): Category | undefined => kinds[name],

    preferences: (): Preferences | null => choice && toPreferences(choice),

    configure(next: CharterConfig) {
      config = next;
      const before = choice;
      judge();
      if (before !== choice) notify();
      else watchers.forEach((watcher) => watcher());
    },

    /** Reads the cookie again (another tab may have written it) and tells listeners when it changed. */
    reload() {
      const value = readStored();
      // Unchanged, or blocked cookies: the choice made on this page lives in memory.
      if (value === raw || (value === undefined && !consent.stored)) return;
      raw = value;
      stored = decodeChoice(value);
      const before = choice;
      judge();
      if (before !== choice) notify();
    },

    acceptAll: () => all(true),
    rejectAll: () => all(false),

    /**
     * Records an answer per category or entry id; names not given keep their current answer.
     * False when nothing could be recorded (a wrong argument, or a choice too large for the cookie).
     */
    choose(answers: Record<string, unknown>): boolean {
      if (typeof answers !== 'object' || answers === null) {
        warn('chooseArgument');
        return false;
      }
      // A copy: the page may change its object before a choice made during parsing is recorded.
      const given: Record<string, unknown> = Object.assign(Object.create(null), answers);
      let recorded = true;
      whenParsed(() => {
        const known: Record<string, boolean> = Object.create(null);
        for (const name of Object.keys(given)) {
          const value = given[name];
          const kind = kinds[name];
          if (typeof value !== 'boolean') warn('chooseValue', name);
          else if (kind && kind !== 'necessary') known[name] = value;
          else warn('chooseName', name);
        }
        recorded = record(known);
      });
      return recorded;
    },

    reset: () =>
      whenParsed(() => {
        removeStored(config.cookieDomain);
        raw = undefined;
        stored = null;
        consent.stored = true;
        const had = choice;
        choice = null;
        rebuild();
        // Other tabs hear of it even when this one had no choice: one of them may have just made it.
        if (had) notify(true);
        else watchers.forEach((watcher) => watcher(true));
      }),

    onChange(listener: ChangeListener) {
      if (typeof listener !== 'function') {
        warn('listener');
        return () => {};
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    watch(watcher: Watcher) {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },

    /**
     * Stores a finished choice (also used for the Global Privacy Control refusal). A choice too large
     * for a cookie is refused whole, never cut: the previous one stays, in the cookie and here.
     */
    commit(next: Choice): boolean {
      const value = encodeChoice(next);
      const size = storedSize(value);
      if (size > COOKIE_LIMIT) {
        warn('tooLarge', size, COOKIE_LIMIT);
        return false;
      }
      consent.stored = writeStored(value, { days: config.expires, domain: config.cookieDomain });
      if (!consent.stored) warn('unstored');
      raw = consent.stored ? value : raw;
      stored = choice = next;
      rebuild();
      notify(true);
      return true;
    },
  };
  judge();
  return consent;
}

export type Consent = ReturnType<typeof createConsent>;
