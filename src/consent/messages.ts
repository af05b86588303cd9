import type { Problem, WarningCode } from './warn.js';
import { suggestedId } from './suggested-id.js';

/** The id to suggest for an entry, from its provider's name (or its first cookie's). */
const idFor = (name: unknown) => suggestedId(String(name));

/** The explanation of each problem the core and the UI name; loaded only when there is one to explain. */
const MESSAGES: Record<WarningCode, (...values: unknown[]) => string> = {
  expires: (value, used) => `expires="${value}" is not a whole number of days from 1 to 395; ${used} is used.`,
  lang: (value, used) =>
    `lang="${value}" is not a language the widget has (fr, en, de, es, it, nl, pt, ca, eu, sv, ar); "${used}" is used, from the page.`,
  pageLang: (value, used) =>
    `<html lang="${value}"> is not a language the widget has (fr, en, de, es, it, nl, pt, ca, eu, sv, ar); "${used}" is used.`,
  revision: (value) => `revision="${value}" must be 1 to 64 printable ASCII characters; it is ignored.`,
  domain: (value, host) =>
    `cookie-domain="${value}" is not ${host} nor one of its parent domains, where a browser would keep the cookie; it is kept host-only.`,
  category: (id, category) =>
    `entry "${id}" has category="${category}"; use necessary, statistics, first-party or third-party. The entry is left out.`,
  noId: (entry) =>
    `entry "${entry}" has no id: its row is shown and it follows its category, but it has no answer of its own. Add id="${idFor(entry)}".`,
  id: (entry, id) =>
    `entry "${entry}" has id="${id}", which must be 1 to 64 letters, digits, "_", ".", ":" or "-", and neither a category name nor a built-in object property: the entry follows its category. Write id="${idFor(entry)}", for example.`,
  twice: (entry, id) =>
    `two entries have id="${id}": the second ("${entry}") follows its category. Give it an id of its own, such as id="${idFor(entry).slice(0, 62)}-2".`,
  exempt: (entry, category, id, cookie) =>
    `entry "${entry}" is marked exempt, but ${
      category !== 'statistics'
        ? `only audience measurement (category="statistics") can be exempt from consent, not category="${category}"`
        : !id
          ? `it has no usable id, so a visitor could not object to it on its own (add id="${idFor(entry)}")`
          : `its cookie "${cookie}" belongs to Google Analytics or to an advertising tracker, which the CNIL's exemption for audience measurement never covers`
    }: it needs consent.`,
  exemptDuration: (entry, duration, days) =>
    `entry "${entry}" is exempt, but duration="${duration}" (${days} days) is longer than the 13 months (395 days) the CNIL accepts for an exempt audience measurement cookie. Keep its cookies 13 months at most, and say so in duration.`,
  exemptLink: () =>
    'every optional entry is exempt, so no banner shows, and the page has no element with data-cookie-charter-open: visitors have no way to object. Add a link that opens the charter, such as <a href="#" data-cookie-charter-open>Gérer les cookies</a>.',
  hosts: () => 'the page has more than one <cookie-charter>; only the first is used.',
  signal: (pair, signals) => `google-consent-mode: "${pair}" is not signal:category (signals: ${signals}); it is ignored.`,
  signalName: (name, pair) => `google-consent-mode: "${name}" in "${pair}" is neither a category nor an entry id; it is ignored.`,
  endpoint: (value) => `receipt-endpoint="${value}" is not the http(s) address of another page; no receipt is sent.`,
  policy: (value) =>
    `policy-url="${value}" is not the http(s) address of another page; the banner and the dialog show no link to the privacy policy.`,
  gated: (name) => `data-consent="${name}" names neither a category nor an entry id; that content stays blocked.`,
  unsigned: (name) => `a gated script with data-consent="${name}" does not carry the nonce of the widget's own <script>; it stays blocked.`,
  unsignedContent: (name) =>
    `<template data-consent="${name}">: the <script> elements without the nonce of the widget's own <script>, and what closed shadow roots hold, are left out; the rest is inserted.`,
  stalled: (name, src) =>
    `the gated script ${src} (data-consent="${name}") has neither loaded nor failed after 10 seconds; the gated content after it no longer waits for it.`,
  chooseArgument: () => 'choose() takes an object such as { statistics: true }; nothing was recorded.',
  chooseValue: (name) => `choose(): "${name}" must be true or false; it is left as it was.`,
  chooseName: (name) => `choose(): "${name}" is neither an optional category nor an optional entry id; it is ignored.`,
  chooseNothing: () => 'choose() named no optional category or entry id with true or false: nothing was recorded, and it returned false.',
  chooseEarly: () =>
    'choose() was called before <cookie-charter> was read: the answers are checked and recorded once the page is parsed, and it returned false since nothing is recorded yet.',
  listener: () => 'onChange() takes a function; nothing was subscribed.',
  push: () => 'cookieCharter.push() takes a function; the value was ignored.',
  queue: () => 'window.cookieCharter held something other than a queue; it was replaced.',
  unstored: () =>
    'the choice could not be stored in a cookie (cookies blocked?); it holds for this page only, cookieCharter.stored is false, and the next choice tries again.',
  tooLarge: (size, limit) =>
    `the choice would take ${size} bytes in the cookie, more than ${limit}: it was not recorded, and the previous choice stands. Shorter entry ids, or fewer entries answered one by one, make it fit.`,
  trustedTypes: () =>
    'the page\'s Content-Security-Policy does not allow the Trusted Types policy "cookie-charter" (add it to trusted-types); gated scripts stay blocked.',
  charterTexts: (error) => `the charter's texts could not be loaded (${error}); the dialog cannot open without them.`,
  dialog: (error) => `the dialog could not be loaded (${error}); it cannot open without it.`,
  textsJson: () => 'a data-cookie-charter-texts script must hold valid JSON: an object of texts; it is ignored.',
  textName: (key) => `there is no text named "${key}"; it is ignored.`,
  textType: (key) => `the text "${key}" must be a string; it is ignored.`,
  threw: (what) => `${what} threw:`,
};

const given = new Set<string>();

/** What the console says of a problem, without its `cookie-charter:` prefix (the configurator shows it beside a field). */
export const messageOf = ([code, ...values]: Problem): string => MESSAGES[code](...values);

/** Prints a problem once per page: the configuration is read again on each change. */
export function explain(problem: Problem): void {
  const [code, ...values] = problem;
  if (code === 'threw') {
    console.error(`cookie-charter: ${MESSAGES.threw(values[0])}`, values[1]);
    return;
  }
  const message = `cookie-charter: ${messageOf(problem)}`;
  if (given.has(message)) return;
  given.add(message);
  console.warn(message);
}
