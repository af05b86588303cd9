import { isOptionalCategory, OPTIONAL_CATEGORIES, type OptionalCategory } from './categories.js';
import { randomId, toPreferences, type Choice, type Preferences } from './choice.js';
import { decodeChoice, encodeChoice } from './codec.js';
import { readConfig, type CharterConfig } from './config.js';
import { readStored, removeStored, writeStored } from './store.js';
import { warn } from './warn.js';

export type ChangeListener = (preferences: Preferences | null) => void;
/** `local` is true when the change was made on this page (a choice or a reset), not read back from the cookie. */
export type Watcher = (local?: boolean) => void;

/** Seconds a stored date may lie ahead of this browser's clock (clock skew) before it reads as forged. */
const FUTURE_TOLERANCE = 86400;

const now = () => Math.floor(Date.now() / 1000);

/**
 * The consent core: the configuration, the visitor's choice, and what it allows. It knows nothing of
 * the banner or the dialog, so that the API answers before any UI code has loaded.
 */
export class Consent {
  config: CharterConfig = readConfig(null);
  /** The valid choice for the current configuration, or null. */
  private choice: Choice | null = null;
  /** The last value decoded from the cookie, kept so that a configuration change can judge it again. */
  private stored: Choice | null = null;
  /** Answers for `allows`, rebuilt on every change, so that a call is one property lookup. */
  private allowed: Record<string, boolean> = Object.create(null);
  private readonly listeners = new Set<ChangeListener>();
  /** Internal observers (the UI, the enforcement layer): told of configuration changes as well as choices. */
  private readonly watchers = new Set<Watcher>();
  /** False after a choice could not be written to the cookie (blocked cookies): it lives in memory. */
  persisted = true;

  constructor() {
    this.stored = decodeChoice(readStored());
    this.judge();
  }

  get decided(): boolean {
    return this.choice !== null;
  }

  /** The optional categories that have at least one entry: the ones a visitor is asked about. */
  get categories(): OptionalCategory[] {
    return OPTIONAL_CATEGORIES.filter((category) => this.config.entries.some((entry) => entry.category === category));
  }

  allows(name: string): boolean {
    return this.allowed[name] === true;
  }

  preferences(): Preferences | null {
    return this.choice && toPreferences(this.choice);
  }

  configure(config: CharterConfig): void {
    this.config = config;
    const before = this.choice;
    this.judge();
    if (before !== this.choice) this.notify();
    else this.watchers.forEach((watcher) => watcher());
  }

  /** Reads the cookie again (another tab may have written it) and tells listeners when it changed. */
  reload(): void {
    const raw = readStored();
    const stored = decodeChoice(raw);
    if (!stored && !this.persisted) return; // the choice lives in memory only
    if (stored && this.stored && encodeChoice(stored) === encodeChoice(this.stored)) return;
    const before = this.choice;
    this.stored = stored;
    this.judge();
    if (before !== this.choice) this.notify();
  }

  acceptAll(): void {
    this.record(Object.fromEntries(this.categories.map((category) => [category, true])));
  }

  rejectAll(): void {
    this.record(Object.fromEntries(this.categories.map((category) => [category, false])));
  }

  /** Records an answer per category or entry id; names not given keep their current answer. */
  choose(answers: Record<string, unknown>): void {
    if (typeof answers !== 'object' || answers === null) {
      warn('choose() takes an object such as { statistics: true }; nothing was recorded.');
      return;
    }
    const known: Record<string, boolean> = Object.create(null);
    for (const name of Object.keys(answers)) {
      const value = answers[name];
      const isEntry = this.config.entries.some((entry) => entry.id === name && entry.category !== 'necessary');
      if (typeof value !== 'boolean') warn(`choose(): "${name}" must be true or false; it is left as it was.`);
      else if (!isOptionalCategory(name) && !isEntry) warn(`choose(): "${name}" is neither an optional category nor an optional entry id; it is ignored.`);
      else known[name] = value;
    }
    this.record(known);
  }

  reset(): void {
    removeStored(this.config.cookieDomain);
    this.stored = null;
    this.persisted = true;
    if (this.choice === null) return;
    this.choice = null;
    this.rebuild();
    this.notify(true);
  }

  onChange(listener: ChangeListener): () => void {
    if (typeof listener !== 'function') {
      warn('onChange() takes a function; nothing was subscribed.');
      return () => {};
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  watch(watcher: Watcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Merges answers into the current choice (or a refusal of everything) and stores the result. */
  private record(answers: Record<string, boolean>): void {
    const categories: Choice['categories'] = {};
    for (const category of this.categories) {
      categories[category] = answers[category] ?? this.choice?.categories[category] ?? false;
    }
    const entries: Record<string, boolean> = Object.create(null);
    for (const entry of this.config.entries) {
      if (!isOptionalCategory(entry.category)) continue;
      const previous = this.choice?.entries[entry.id];
      const answer = answers[entry.id] ?? (answers[entry.category] === undefined ? previous : undefined);
      // Only answers that differ from their category are kept: the cookie stays small.
      if (answer !== undefined && answer !== categories[entry.category]) entries[entry.id] = answer;
    }
    const choice: Choice = { categories, entries, revision: this.config.revision, time: now(), id: this.choice?.id ?? randomId() };
    this.commit(choice);
  }

  /** Stores a finished choice (also used for the Global Privacy Control refusal). */
  commit(choice: Choice): void {
    const { expires, cookieDomain } = this.config;
    this.persisted = writeStored(encodeChoice(choice), { days: expires, domain: cookieDomain });
    if (!this.persisted) warn('the choice could not be stored in a cookie (cookies blocked?); it holds for this page only.');
    this.stored = choice;
    this.choice = choice;
    this.rebuild();
    this.notify(true);
  }

  /** Decides whether the stored choice holds under the current configuration. */
  private judge(): void {
    const stored = this.stored;
    const { revision, expires } = this.config;
    const age = stored ? now() - stored.time : 0;
    const valid = stored !== null && stored.revision === revision && age <= expires * 86400 && age >= -FUTURE_TOLERANCE;
    this.choice = valid ? stored : null;
    this.rebuild();
  }

  private rebuild(): void {
    const allowed: Record<string, boolean> = Object.create(null);
    allowed.necessary = true;
    const choice = this.choice;
    for (const category of OPTIONAL_CATEGORIES) allowed[category] = choice?.categories[category] === true;
    for (const entry of this.config.entries) {
      allowed[entry.id] =
        entry.category === 'necessary' || (choice !== null && (choice.entries[entry.id] ?? choice.categories[entry.category]) === true);
    }
    this.allowed = allowed;
  }

  private notify(local?: boolean): void {
    const preferences = this.preferences();
    for (const listener of [...this.listeners]) {
      try {
        listener(this.preferences());
      } catch (error) {
        console.error('cookie-charter: an onChange listener threw', error);
      }
    }
    document.dispatchEvent(new CustomEvent('cookie-charter:change', { bubbles: true, detail: preferences }));
    this.watchers.forEach((watcher) => watcher(local));
  }
}
