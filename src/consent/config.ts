import { isCategory, type Category } from './categories.js';
import { STATISTICS_MAX_DAYS } from './duration.js';
import { pickLang, type Lang } from './lang.js';
import { warn as warnPage, type Warn, type WarningCode } from './warn.js';

/** One row of the charter's table, from a `<cookie-charter-entry>`. */
export interface EntryConfig {
  /** The entry's own name for `allows()`, `choose()` and `data-consent`; null when it has none: it follows its category. */
  id: string | null;
  /** What stands for the entry in a stored choice: its id, or else its provider and cookies. */
  key: string;
  category: Category;
  provider: string;
  service: string;
  /** Cookie names; `*` matches any run of characters. */
  cookies: string[];
  purpose: string;
  duration: string;
  /** True for audience measurement exempt from consent: allowed until the visitor objects. */
  exempt?: boolean;
  /**
   * The entry's attributes as written, where its provider, service and purpose in other languages are
   * read when shown (`provider-de`, `purpose-ar`…: see `entryIn`, `src/charter/entry-texts.ts`). The texts
   * above are the entry's default, and what keys it.
   */
  attr?: ReadAttribute;
}

/** What the `<cookie-charter>` element's attributes and children say. */
export interface CharterConfig {
  platform: string;
  lang: Lang;
  revision: string | null;
  expires: number;
  cookieDomain: string | null;
  /** The `google-consent-mode` attribute as written (read by `google-consent-mode.ts`); null when the bridge is off. */
  googleConsentMode: string | null;
  ignoreGpc: boolean;
  /** Where a proof of each choice is sent (an absolute http(s) URL), or null. */
  receiptEndpoint: string | null;
  /** The portal's privacy policy (an absolute http(s) URL), linked from the banner and the dialog, or null. */
  policyUrl: string | null;
  entries: EntryConfig[];
}

/** Entry ids: short and cookie-safe. */
export const ENTRY_ID = /^[\w.:-]{1,64}$/;

/** Charter revisions, in the `revision` attribute and in a stored choice: short printable ASCII. */
export const REVISION = /^[ -~]{1,64}$/;

/** How long a choice is kept by default: six months, in days. Never longer than 13 months (`STATISTICS_MAX_DAYS`). */
export const DEFAULT_EXPIRES_DAYS = 182;

const DOMAIN = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/**
 * Cookies that no exemption covers: `_ga`, and every name that starts with one of these: Google
 * Analytics' (`_ga_…`, `_gid`, `_gat`), and those of advertising (Google Ads, Meta, Microsoft Advertising).
 */
const NEVER_EXEMPT = ['_ga_', '_gid', '_gat', '_gcl_', '_fbp', '_fbc', '_uet'];

/** Whether a cookie name, or a pattern with `*` (`_g*`, `*`), can name a cookie that no exemption covers. */
const neverExempt = (cookie: string) => {
  const prefix = cookie.split('*')[0];
  return prefix === '_ga' || NEVER_EXEMPT.some((root) => prefix.startsWith(root) || (prefix !== cookie && root.startsWith(prefix)));
};

/** An element's attribute as the configuration reads it: null when it is absent. */
export type ReadAttribute = (name: string) => string | null;

/**
 * An attribute's http(s) address, resolved against `baseUrl`; anything else is warned about (`code`) and
 * dropped: an empty value, or one that resolves to the page itself (`#`), included.
 */
function httpUrl(value: string | null, code: WarningCode, baseUrl: string, warn: Warn): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value.trim(), baseUrl);
    if (/^https?:$/.test(url.protocol) && value.trim() && url.href.split('#')[0] !== baseUrl.split('#')[0]) return url.href;
  } catch {
    // reported below
  }
  warn(code, value);
  return null;
}

/**
 * Reads one `<cookie-charter-entry>` from its attributes (`attr`), with the ids the entries before it
 * took; pure, so that the configurator checks a snippet with it. An entry whose category is wrong is
 * left out, since it cannot follow anything. One whose `id` is missing, malformed or taken keeps its row
 * and follows its category; one marked `exempt` where the CNIL's exemption cannot apply needs consent.
 * Each gets a warning that says what to write.
 */
export function readEntry(attr: ReadAttribute, taken: Set<string>, warn: Warn): EntryConfig | void {
  const text = (name: string) => (attr(name) ?? '').trim();
  const cookies = text('cookies').match(/\S+/g) ?? [];
  const category = text('category');
  const provider = text('provider');
  const written = attr('id');
  let id: string | null = text('id');
  if (!isCategory(category)) return warn('category', id || provider || cookies[0] || '', category);
  // Ids become object keys: names of Object.prototype ("__proto__", "constructor"…) are refused.
  if (!ENTRY_ID.test(id) || isCategory(id) || id in Object.prototype || taken.has(id)) {
    // The warning suggests an id made of the provider's name, or else of the first cookie's.
    if (category !== 'necessary') warn(written === null ? 'noId' : taken.has(id) ? 'twice' : 'id', provider || cookies[0] || category, id);
    id = null;
  } else taken.add(id);
  let key = id ?? provider;
  if (!id) for (const cookie of cookies) key += ` ${cookie}`;
  // Exempt only where the CNIL's exemption can apply: a statistics entry a visitor can object to on its
  // own, with no cookie of a tracker it never covers. Otherwise it needs consent, with a warning.
  const never = cookies.find(neverExempt);
  let exempt = attr('exempt') !== null;
  if (exempt && (category !== 'statistics' || !id || never)) {
    warn('exempt', id || provider || cookies[0] || '', category, id, never);
    exempt = false;
  }
  return {
    id,
    key,
    category,
    provider,
    service: text('service'),
    cookies,
    purpose: text('purpose'),
    duration: text('duration'),
    exempt,
    attr,
  };
}

/**
 * Reads the configuration from a `<cookie-charter>` element (upgraded or not), or the defaults. Problems
 * go to `warn` (the page's console by default); addresses resolve against `baseUrl` (the page's),
 * `cookie-domain` must cover `pageHost` (the page's host), and the language follows `pageLang` (the
 * page's `<html lang>`) when the element names none the widget has.
 */
export function readConfig(
  host: Element | null,
  warn: Warn = warnPage,
  baseUrl = document.baseURI,
  pageHost = document.domain,
  pageLang = document.documentElement.lang,
): CharterConfig {
  const attr = (name: string) => host?.getAttribute(name) ?? null;

  const lang = pickLang(attr('lang'), pageLang, warn);

  let revision = attr('revision');
  if (revision !== null && !REVISION.test(revision)) {
    warn('revision', revision);
    revision = null;
  }

  const expiresValue = attr('expires');
  let expires = expiresValue === null ? DEFAULT_EXPIRES_DAYS : Number(expiresValue.trim());
  if (!Number.isInteger(expires) || expires < 1 || expires > STATISTICS_MAX_DAYS) {
    expires = expires > STATISTICS_MAX_DAYS ? STATISTICS_MAX_DAYS : DEFAULT_EXPIRES_DAYS;
    warn('expires', expiresValue, expires);
  }

  // The browser refuses a `Domain` that is neither the host nor one of its parents: every write would fail.
  let cookieDomain = attr('cookie-domain')?.trim() ?? null;
  const bare = cookieDomain?.replace(/^\./, '').toLowerCase();
  if (cookieDomain !== null && (!DOMAIN.test(cookieDomain) || (bare !== pageHost && !pageHost.endsWith(`.${bare}`)))) {
    warn('domain', cookieDomain, pageHost);
    cookieDomain = null;
  }

  const taken = new Set<string>();
  const entries: EntryConfig[] = [];
  host?.querySelectorAll('cookie-charter-entry').forEach((element) => {
    const entry = readEntry((name) => element.getAttribute(name), taken, warn);
    if (entry) entries.push(entry);
  });

  return {
    platform: attr('platform')?.trim() || location.origin,
    lang,
    revision,
    expires,
    cookieDomain,
    googleConsentMode: attr('google-consent-mode'),
    ignoreGpc: host?.hasAttribute('ignore-gpc') ?? false,
    receiptEndpoint: httpUrl(attr('receipt-endpoint'), 'endpoint', baseUrl, warn),
    policyUrl: httpUrl(attr('policy-url'), 'policy', baseUrl, warn),
    entries,
  };
}
