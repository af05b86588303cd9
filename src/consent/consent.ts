import { OPTIONAL_CATEGORIES, type Category, type OptionalCategory } from './categories.js';
import { entryDigest, now, randomId, toPreferences, type Choice, type Preferences } from './choice.js';
import { decodeChoice, encodeChoice, laterVersionDate } from './codec.js';
import type { CharterConfig, EntryConfig } from './config.js';
import { gpcSignal } from './gpc.js';
import { COOKIE_LIMIT, readStored, removeStored, storedSize, writeStored } from './store.js';
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
export interface Consent {
  /** The page's charter, as last read from `<cookie-charter>`. */
  readonly config: CharterConfig;
  /** False when the last choice could not be written to the cookie (blocked cookies): it holds in memory, for this page. */
  readonly stored: boolean;
  /**
   * True when a valid choice holds and answers everything the charter asks; false before a choice,
   * and when the charter has since gained a category or an entry the visitor was never asked about
   * (under Global Privacy Control, that counts as refused). True without a choice when every optional
   * entry is exempt: there is nothing to ask.
   */
  readonly decided: boolean;
  /** True when the banner must ask: the charter asks something that no choice (nor Global Privacy Control) answers. */
  readonly asks: boolean;
  /** The optional categories that have at least one entry: the ones a visitor is asked about. */
  readonly categories: readonly OptionalCategory[];
  /**
   * Whether a category name or entry id may set cookies now: one lookup. An exempt entry is allowed
   * until the visitor objects, and a category without an answer when its entries all are.
   */
  allows(name: string): boolean;
  /** Whether an entry of the charter, with or without an id, may set its cookies now. */
  allowsEntry(entry: EntryConfig): boolean;
  /** The category of a category name or entry id of the charter; undefined for anything else. */
  kind(name: string): Category | undefined;
  /** A copy of the choice that holds, or null. */
  preferences(): Preferences | null;
  /** Takes the page's charter as newly read, and judges the stored choice under it. */
  configure(config: CharterConfig): void;
  /** Reads the cookie again (another tab may have written it) and tells listeners when the choice changed. */
  reload(): void;
  /** Records an allowance of every optional category. */
  acceptAll(): void;
  /** Records a refusal of every optional category. */
  rejectAll(): void;
  /**
   * Records an answer per category or entry id; names not given keep their current answer, and those
   * never answered stay so (the banner still asks about them: "Autoriser YouTube" on a placeholder).
   * False when nothing was recorded: a wrong argument, no valid name, or a choice too large for the cookie.
   */
  choose(answers: Record<string, unknown>): boolean;
  /** Forgets the choice: removes every copy of the cookie the page can reach. */
  reset(): void;
  /** Calls `listener` with the preferences after every change of choice; returns what unsubscribes it. */
  onChange(listener: ChangeListener): () => void;
  /** Tells an internal observer (the UI, the effects) of every change, of the charter too; returns what stops it. */
  watch(watcher: Watcher): () => void;
}

/** How far ahead of this clock a choice's date may be: devices' clocks differ by minutes, not days. */
const CLOCK_SKEW = 300;

/** How many answers of a choice allow something: of two copies of the same date, the one that allows less wins. */
function allowances(choice: Choice): number {
  let count = 0;
  for (const category of OPTIONAL_CATEGORIES) if (choice.categories[category]) count++;
  for (const id of Object.keys(choice.entries)) if (choice.entries[id]) count++;
  return count;
}

/**
 * The copy of the cookie that counts when the page reads several (another `Domain` or `Path`): the
 * readable one with the latest date, and on a tie the one that allows less. A copy written by a later
 * version of the widget takes part with its date; when it wins, this page has no choice (`later`).
 */
function pick(values: string[]): { counted: Choice | null; later: boolean } {
  let counted: Choice | null = null;
  let later = false;
  let time = -1;
  let allows = 0;
  for (const value of values) {
    const choice = decodeChoice(value);
    const date = choice ? choice.time : laterVersionDate(value);
    if (date === null) continue;
    const count = choice ? allowances(choice) : -1;
    if (date > time || (date === time && count < allows)) {
      [counted, later, time, allows] = [choice, !choice, date, count];
    }
  }
  return { counted, later };
}

/** Whether `digests`, run together four characters each, hold `digest` at one of its places. */
const holdsDigest = (digests: string, digest: string) => {
  for (let at = 0; at < digests.length; at += 4) if (digests.startsWith(digest, at)) return true;
  return false;
};

/** The values read, as one string: what tells a change of the cookie. */
const joined = (values: string[]) => values.join('\n');

/**
 * The consent core: the configuration, the visitor's choice, and what it allows. It knows nothing of
 * the banner or the dialog, so that the API answers before any UI code has loaded. `initial` is the
 * cookie's values as the page has just read them (`readStored()`), and `initialConfig` the page's
 * `<cookie-charter>` as read at start, so that start-up reads each once and judges the stored choice
 * under the page's own revision from the first moment. `publish` receives each new table of answers
 * (name to allowed), for a query that reads it without a call.
 */
export function createConsent(initial: string[], initialConfig: CharterConfig, publish: (answers: Answers) => void): Consent {
  let config = initialConfig;
  /** The cookie's values last read, joined, and the copy among them that counts (`later`: of a later format). */
  let raw = joined(initial);
  let { counted, later } = pick(initial);
  /** False when the last write did not reach the cookie. */
  let written = true;
  /** The valid choice for the current configuration (or Global Privacy Control's refusal), or null. */
  let choice: Choice | null = null;
  /** True when the charter has something the choice never answered: a category, or an entry an allowed category did not cover. */
  let unanswered = false;
  /** True when an optional entry needs consent (is not exempt): then, without a choice, the banner asks. */
  let asking = false;
  /** The latest copy within `expires` days, of any revision: where objections to exempt entries are read without a valid choice. */
  let recent: Choice | null = null;
  /** The ids of the exempt entries the visitor objected to. */
  let objections: string[] = [];
  /** Whether this page has written Global Privacy Control's refusal on its own, which it does once per load. */
  let gpcWritten = false;
  /** Answers for `allows`, rebuilt on every change, so that a call is one property lookup. */
  let allowed: Record<string, boolean> = {};
  /** The answer of each entry, by its key: entries without an id have one too. */
  let byKey: Record<string, boolean> = {};
  /** The category of each category name and entry id of the charter. */
  let kinds: Record<string, Category> = {};
  /** The optional categories that have at least one entry. */
  let shown: OptionalCategory[] = [];
  const listeners = new Set<ChangeListener>();
  /** Internal observers (the UI, the enforcement layer): told of configuration changes as well as choices. */
  const watchers = new Set<Watcher>();
  /** Counts notifications: one that starts while another runs makes the older one stop, stale. */
  let notifications = 0;

  /** Whether a choice covered the entry `key` of an allowed category (a choice of the first format covers all). */
  const covered = (from: Choice | null, key: string) => from?.seen === undefined || holdsDigest(from.seen, entryDigest(key));

  const rebuild = () => {
    allowed = Object.create(null);
    byKey = Object.create(null);
    kinds = Object.create(null);
    allowed.necessary = true;
    kinds.necessary = 'necessary';
    unanswered = asking = false;
    objections = [];
    const present = new Set<Category>();
    /** Categories with an entry their answer never covered: not allowed as a whole. */
    const uncovered = new Set<Category>();
    /** Categories with an entry that needs consent or was objected to: without an answer, not allowed as a whole. */
    const held = new Set<Category>();
    // An objection outlives a new revision: without a valid choice, it is read from the latest copy.
    const from = choice ?? recent;
    for (const { id, key, category, exempt } of config.entries) {
      present.add(category);
      if (category === 'necessary') {
        byKey[key] = true;
        if (id) {
          kinds[id] = category;
          allowed[id] = true;
        }
        continue;
      }
      if (exempt) {
        // Allowed until objected to: by its own answer, or by its category's refusal unless that left it on.
        // A copy of a later format may hold an objection this version cannot read: it counts as one.
        byKey[key] = from
          ? (from.entries[id!] ?? (from.categories[category] !== false || holdsDigest(from.seen ?? '', entryDigest(key))))
          : !later;
        if (!byKey[key]) {
          held.add(category);
          objections.push(id!);
        }
      } else {
        asking = true;
        held.add(category);
        const answer = choice?.categories[category];
        const own = id ? choice?.entries[id] : undefined;
        const covers = answer === true && covered(choice, key);
        if (own === undefined && (answer === undefined || (answer && !covers))) {
          unanswered = true;
          uncovered.add(category);
        }
        byKey[key] = (own ?? covers) === true;
      }
      if (id) {
        kinds[id] = category;
        allowed[id] = byKey[key];
      }
    }
    shown = [];
    for (const category of OPTIONAL_CATEGORIES) {
      const answer = choice?.categories[category];
      allowed[category] = answer === undefined ? present.has(category) && !held.has(category) : answer && !uncovered.has(category);
      kinds[category] = category;
      if (present.has(category)) shown.push(category);
    }
    publish(allowed);
  };

  /** Global Privacy Control says no, and the charter asks something. Read only when needed. */
  const gpcRefuses = () => shown.length > 0 && !config.ignoreGpc && gpcSignal();

  /** Stores a choice (a warning when the browser did not keep it). */
  const write = (next: Choice) => {
    written = writeStored(encodeChoice(next), { days: config.expires, domain: config.cookieDomain });
    if (!written) warn('unstored');
    raw = joined(readStored());
    counted = next;
    later = false;
  };

  /**
   * Decides whether the stored choice holds under the current configuration (revision, age). Without
   * one, Global Privacy Control's refusal holds: written once per load, or by `reset()` (`by` 'reset'),
   * never because another tab wrote (`by` 'tab') or over a later format's choice; kept in memory
   * otherwise. True when it wrote.
   */
  const judge = (by?: 'tab' | 'reset'): boolean => {
    const age = now() - (counted?.time ?? 0);
    const before = choice;
    recent = age <= config.expires * 86400 && age >= -CLOCK_SKEW ? counted : null;
    choice = counted?.revision === config.revision ? recent : null;
    rebuild();
    if (choice || !gpcRefuses()) return false;
    // The refusal already held in memory stays the same one while it applies.
    if (before?.gpc && before !== counted && before.revision === config.revision) choice = before;
    else {
      const categories: Choice['categories'] = {};
      for (const category of shown) categories[category] = false;
      choice = { categories, entries: {}, seen: '', revision: config.revision, time: now(), id: randomId(), gpc: true };
    }
    const writes = by === 'reset' || (by !== 'tab' && !gpcWritten && !later);
    if (writes) {
      gpcWritten = true;
      write(choice);
    }
    rebuild();
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
    document.dispatchEvent(new CustomEvent('cookie-charter:change', { bubbles: true, detail: preferences }));
    for (const watcher of [...watchers]) if (current === notifications) watcher(local);
  };

  /** Tells of a judgement: a change of choice to everyone, anything else to the watchers. */
  const settle = (before: Choice | null, wrote: boolean, local?: boolean) => {
    if (wrote || before !== choice) notify(wrote || local);
    else for (const watcher of [...watchers]) watcher(local);
  };

  /** Merges answers into the current choice (or a refusal of everything) and stores the result. */
  const record = (answers: Record<string, boolean | undefined>) => {
    const categories: Choice['categories'] = {};
    // A category neither given nor answered before stays unanswered: the banner still asks about it.
    for (const category of shown) {
      const answer = answers[category] ?? choice?.categories[category];
      if (answer !== undefined) categories[category] = answer;
    }
    const entries: Record<string, boolean> = Object.create(null);
    let seen = '';
    for (const { id, key, category, exempt } of config.entries) {
      if (category === 'necessary') continue;
      const answer = id ? (answers[id] ?? (answers[category] === undefined ? choice?.entries[id] : undefined)) : undefined;
      let listed: boolean | undefined;
      if (exempt) {
        // Answered now, by itself or its category, or else as it was. An objection is written unless its
        // category's refusal says it; left on under a refused category, it is listed, as left on.
        const on = answers[id!] ?? answers[category] ?? byKey[key];
        if (!on && categories[category] !== false) entries[id!] = false;
        listed = on && categories[category] !== undefined;
      }
      // Only answers that differ from their category are kept: the cookie stays small.
      else if (answer !== undefined && answer !== categories[category]) entries[id!] = answer;
      // An entry that follows its allowed category is covered when the visitor answered it, or its
      // category, now, or when the choice so far covered it.
      else listed = categories[category] && (answer !== undefined || answers[category] !== undefined || covered(choice, key));
      if (listed) {
        const digest = entryDigest(key);
        if (!holdsDigest(seen, digest)) seen += digest;
      }
    }
    const next: Choice = { categories, entries, seen, revision: config.revision, time: now(), id: choice?.id ?? randomId() };
    // A choice too large for a cookie is refused whole, never cut: the previous one stays, in the cookie and here.
    const size = storedSize(encodeChoice(next));
    if (size > COOKIE_LIMIT) {
      warn('tooLarge', size, COOKIE_LIMIT);
      return false;
    }
    write(next);
    choice = next;
    rebuild();
    notify(true);
    return true;
  };

  /** Keeps the answers of known names; false, with warnings, when none is valid. `all` answers every category. */
  const answer = (answers: Record<string, unknown>, all?: boolean): boolean => {
    if (typeof answers !== 'object' || answers === null) {
      warn('chooseArgument');
      return false;
    }
    const known: Record<string, boolean> = Object.create(null);
    let valid = all === true;
    for (const name of Object.keys(answers)) {
      const value = answers[name];
      const kind = kinds[name];
      if (all) known[name] = value as boolean;
      else if (typeof value !== 'boolean') warn('chooseValue', name);
      else if (kind && kind !== 'necessary') {
        known[name] = value;
        valid = true;
      } else warn('chooseName', name);
    }
    if (!valid) warn('chooseNothing');
    return valid && record(known);
  };

  const consent: Consent = {
    get config() {
      return config;
    },
    get stored() {
      return written;
    },
    get decided() {
      return (choice !== null || (!asking && shown.length > 0)) && (!unanswered || choice?.gpc === true || gpcRefuses());
    },
    get asks() {
      return shown.length > 0 && !consent.decided;
    },
    get categories() {
      return shown;
    },
    allows: (name) => allowed[name] === true,
    allowsEntry: (entry) => byKey[entry.key] === true,
    kind: (name) => kinds[name],
    preferences: () => choice && toPreferences(choice, objections),

    configure(next) {
      config = next;
      const before = choice;
      settle(before, judge());
    },

    reload() {
      const values = readStored();
      const read = joined(values);
      // Unchanged, or blocked cookies: the choice made on this page lives in memory.
      if (read === raw || (!values.length && !written)) return;
      raw = read;
      ({ counted, later } = pick(values));
      const before = choice;
      const objected = `${objections}`;
      judge('tab');
      // Another revision's objection changes no choice here, but what it allows.
      if (before !== choice || objected !== `${objections}`) notify();
    },

    acceptAll: () => void answer({ statistics: true, 'first-party': true, 'third-party': true }, true),
    rejectAll: () => void answer({ statistics: false, 'first-party': false, 'third-party': false }, true),
    choose: (answers) => answer(answers),

    reset() {
      removeStored();
      raw = joined(readStored());
      counted = null;
      later = false;
      written = true;
      const had = choice;
      choice = null;
      // Other tabs hear of it even when this one had no choice: one of them may have just made it.
      settle(had, judge('reset'), true);
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
  judge('tab');
  return consent;
}
