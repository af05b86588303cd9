/*
 * The consent rules, as pure functions: which copy of `cookies_preferences` counts, whether it holds
 * under the page's charter, what it allows, and the next choice from the last one and an answer. They
 * take everything they use as arguments (the cookie's values, the charter, the present moment) and touch
 * no DOM, no cookie and no clock, so that the stateful core (`consent.ts`) only keeps state, writes and
 * tells, and a test can run them by the million in Node (test/node/).
 */
import { OPTIONAL_CATEGORIES, type Category, type OptionalCategory } from './categories.js';
import { entryDigest, type Choice } from './choice.js';
import { decodeChoice, laterVersionDate } from './codec.js';
import type { CharterConfig, EntryConfig } from './config.js';

/** How far ahead of a page's clock a choice's date may be, in seconds: devices' clocks differ by minutes, not days. */
export const CLOCK_SKEW = 300;

/**
 * How many answers of a choice allow something (categories and entries allowed, and the entries listed
 * in `seen`, covered or left on): of two copies of the same date, the one that allows less wins.
 */
export function allowances(choice: Choice): number {
  let count = (choice.seen?.length ?? 0) / 4;
  for (const category of OPTIONAL_CATEGORIES) if (choice.categories[category]) count++;
  for (const id of Object.keys(choice.entries)) if (choice.entries[id]) count++;
  return count;
}

/** The copy of the cookie that counts among those a page reads. */
export interface CountedCopy {
  /** The choice it holds, or null (no readable copy, or one of a later format). */
  counted: Choice | null;
  /** True when the copy that counts was written in a later format of the cookie, which this version cannot read. */
  laterFormat: boolean;
}

/**
 * The copy of the cookie that counts when the page reads several (another `Domain` or `Path`): the
 * readable one with the latest date, and on a tie the one that allows less. A copy written by a later
 * version of the widget takes part with its date; when it wins, this page has no choice.
 */
export function countedCopy(values: readonly string[]): CountedCopy {
  let counted: Choice | null = null;
  let laterFormat = false;
  let latest = -1;
  let fewest = 0;
  for (const value of values) {
    const choice = decodeChoice(value);
    const date = choice ? choice.time : laterVersionDate(value);
    if (date === null) continue;
    const count = choice ? allowances(choice) : -1;
    if (date > latest || (date === latest && count < fewest)) [counted, laterFormat, latest, fewest] = [choice, !choice, date, count];
  }
  return { counted, laterFormat };
}

/** Whether `digests`, run together four characters each, hold `digest` at one of its places. */
export const holdsDigest = (digests: string, digest: string) => {
  for (let at = 0; at < digests.length; at += 4) if (digests.startsWith(digest, at)) return true;
  return false;
};

/** Whether a choice covered the entry `key` when its category was allowed (a choice of the first format covers all). */
export const coversEntry = (choice: Choice | null, key: string) => choice?.seen === undefined || holdsDigest(choice.seen, entryDigest(key));

/** What the copy that counts holds under a charter, at a moment (Unix seconds on the page's clock). */
export interface Holding {
  /** The choice that holds: of the charter's revision, within `expires` days; or null. */
  choice: Choice | null;
  /** The copy within `expires` days, of any revision: objections to exempt entries outlive a revision. */
  recent: Choice | null;
  /**
   * True when the copy that counts is dated further ahead of this clock than clocks differ (written by
   * a tab or device whose clock is months off): no choice here, and, as a later format's, it may hold
   * an objection, so it counts as one.
   */
  ahead: boolean;
}

export function holding(counted: Choice | null, config: CharterConfig, now: number): Holding {
  const age = now - (counted?.time ?? 0);
  const ahead = age < -CLOCK_SKEW;
  const recent = age <= config.expires * 86400 && !ahead ? counted : null;
  return { choice: recent?.revision === config.revision ? recent : null, recent, ahead };
}

/** What a choice allows under a charter: every answer the core gives, built at once. */
export interface AnswerTable {
  /** Category names and entry ids of the charter, each to whether it may set cookies now. */
  allowed: Record<string, boolean>;
  /** The same per entry key: entries without an id have one too. */
  allowedByKey: Record<string, boolean>;
  /** The category of each category name and entry id of the charter. */
  categoryByName: Record<string, Category>;
  /** The optional categories that have at least one entry: the ones a visitor is asked about. */
  shownCategories: OptionalCategory[];
  /** True when the charter has something the choice never answered: a category, or an entry its allowed category did not cover. */
  unanswered: boolean;
  /** True when an optional entry needs consent (is not exempt): without a choice, the banner asks. */
  needsConsent: boolean;
  /** The ids of the exempt entries the visitor objected to (`preferences().objections`). */
  objectedIds: string[];
}

/**
 * The table of what is allowed, from the charter, the choice that holds (or null), the recent copy that
 * objections are read from without one, and whether the copy that counts cannot be read here (a later
 * format, or dated too far ahead), which may hold an objection: it counts as one.
 */
export function answerTable(config: CharterConfig, choice: Choice | null, recent: Choice | null, unreadable: boolean): AnswerTable {
  const allowed: Record<string, boolean> = Object.create(null);
  const allowedByKey: Record<string, boolean> = Object.create(null);
  const categoryByName: Record<string, Category> = Object.create(null);
  const objectedIds: string[] = [];
  allowed.necessary = true;
  categoryByName.necessary = 'necessary';
  let unanswered = false;
  let needsConsent = false;
  const present = new Set<Category>();
  /** Categories with an entry their answer never covered: not allowed as a whole. */
  const uncovered = new Set<Category>();
  /** Categories with an entry that needs consent or was objected to: without an answer, not allowed as a whole. */
  const held = new Set<Category>();
  // An objection outlives a new revision: without a valid choice, it is read from the latest copy.
  const from = choice ?? recent;
  for (const { id, key, category, exempt } of config.entries) {
    present.add(category);
    let allows = true;
    if (category === 'necessary') {
      // always allowed
    } else if (exempt) {
      // Allowed until objected to: by its own answer, or by its category's refusal unless that left it on.
      // A copy this page cannot read (a later format, or dated far ahead) may hold an objection: it counts as one.
      allows = from
        ? (from.entries[id!] ?? (from.categories[category] !== false || holdsDigest(from.seen ?? '', entryDigest(key))))
        : !unreadable;
      if (!allows) {
        held.add(category);
        objectedIds.push(id!);
      }
    } else {
      needsConsent = true;
      held.add(category);
      const categoryAnswer = choice?.categories[category];
      const ownAnswer = id ? choice?.entries[id] : undefined;
      const covered = categoryAnswer === true && coversEntry(choice, key);
      if (ownAnswer === undefined && (categoryAnswer === undefined || (categoryAnswer && !covered))) {
        unanswered = true;
        uncovered.add(category);
      }
      allows = (ownAnswer ?? covered) === true;
    }
    allowedByKey[key] = allows;
    if (id) {
      categoryByName[id] = category;
      allowed[id] = allows;
    }
  }
  const shown: OptionalCategory[] = [];
  for (const category of OPTIONAL_CATEGORIES) {
    const answer = choice?.categories[category];
    allowed[category] = answer === undefined ? present.has(category) && !held.has(category) : answer && !uncovered.has(category);
    categoryByName[category] = category;
    if (present.has(category)) shown.push(category);
  }
  return { allowed, allowedByKey, categoryByName, shownCategories: shown, unanswered, needsConsent, objectedIds };
}

/**
 * Whether the visitor has nothing left to answer: a choice holds and answers everything the charter
 * asks, or no entry needs consent; under Global Privacy Control (`gpcRefuses`), anything unanswered
 * counts as refused.
 */
export const isDecided = (choice: Choice | null, table: AnswerTable, gpcRefuses: boolean) =>
  (choice !== null || (!table.needsConsent && table.shownCategories.length > 0)) &&
  (!table.unanswered || choice?.gpc === true || gpcRefuses);

/** Global Privacy Control's refusal of every category shown, as a choice made at `time`. */
export function gpcRefusal(shown: readonly OptionalCategory[], revision: string | null, time: number, id: string): Choice {
  const categories: Choice['categories'] = {};
  for (const category of shown) categories[category] = false;
  return { categories, entries: {}, seen: '', revision, time, id, gpc: true };
}

/**
 * The visitor's own answer of an entry in a choice: its answer in `entries`, or for an exempt entry left
 * on beside its refused category, its digest in `seen`; undefined when it follows its category.
 */
function ownAnswer(choice: Choice | null, { id, key, category, exempt }: EntryConfig): boolean | undefined {
  return id && choice
    ? (choice.entries[id] ??
        (exempt && choice.categories[category as OptionalCategory] === false && holdsDigest(choice.seen ?? '', entryDigest(key))
          ? true
          : undefined))
    : undefined;
}

/**
 * The next choice, from the last one that held (or null), the table it gave, and an answer per category
 * or entry id, at `time`, under the choice id `id`. A category or entry not named keeps its answer; one
 * never answered stays so. An entry's own answer stands until the visitor answers that entry again, or
 * answers `everything` ("Tout accepter", "Tout refuser"): an answer of its category alone leaves it as
 * it is, so that allowing third-party cookies on a placeholder never undoes a refusal of Vimeo. An own
 * answer given with the same answer of its category in one call (the dialog's switches) follows it.
 */
export function nextChoice(
  config: CharterConfig,
  last: Choice | null,
  table: AnswerTable,
  answers: Readonly<Record<string, boolean | undefined>>,
  everything: boolean,
  time: number,
  id: string,
): Choice {
  const categories: Choice['categories'] = {};
  // A category neither given nor answered before stays unanswered: the banner still asks about it.
  for (const category of table.shownCategories) {
    const answer = answers[category] ?? last?.categories[category];
    if (answer !== undefined) categories[category] = answer;
  }
  const entries: Record<string, boolean> = Object.create(null);
  let seen = '';
  for (const entry of config.entries) {
    const { id, key, category, exempt } = entry;
    if (category === 'necessary') continue;
    const given = id ? answers[id] : undefined;
    const own = given ?? (everything ? undefined : ownAnswer(last, entry));
    const answeredWith = answers[category];
    let listed: boolean | undefined;
    if (own !== undefined && !(given !== undefined && given === answeredWith)) {
      // An own answer stands, written even where it matches its category now, so that it outlives a
      // later answer of the category. An exempt entry left on needs no word (it is on by default)
      // but beside its refused category, where it is listed (4 characters).
      if (exempt && own) listed = categories[category] !== undefined;
      else entries[id!] = own;
    } else if (exempt) {
      // Answered now by its category, or else as it was. An objection is written unless its category's
      // refusal says it; left on under an answered category, it is listed.
      const on = answeredWith ?? table.allowedByKey[key];
      if (!on && categories[category] !== false) entries[id!] = false;
      listed = on && categories[category] !== undefined;
    }
    // An entry that follows its allowed category is covered when the visitor answered it, or its
    // category, now, or when the choice so far covered it.
    else listed = categories[category] && (given !== undefined || answeredWith !== undefined || coversEntry(last, key));
    if (listed) {
      const digest = entryDigest(key);
      if (!holdsDigest(seen, digest)) seen += digest;
    }
  }
  return { categories, entries, seen, revision: config.revision, time, id };
}
