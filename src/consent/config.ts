import { ENTRY_ID, isCategory, isOptionalCategory, type Category } from './categories.js';
import { warn } from './warn.js';

/** One row of the charter's table, from a `<cookie-charter-entry>`. */
export interface EntryConfig {
  id: string;
  category: Category;
  provider: string;
  service: string;
  /** Cookie names; `*` matches any run of characters. */
  cookies: string[];
  purpose: string;
  duration: string;
}

/** What the `<cookie-charter>` element's attributes and children say. */
export interface CharterConfig {
  platform: string;
  lang: 'fr' | 'en';
  revision: string | null;
  expires: number;
  cookieDomain: string | null;
  /** Google Consent Mode signal to the categories or entry ids that grant it; null when off. */
  googleConsentMode: ConsentModeMapping | null;
  ignoreGpc: boolean;
  /** Where a proof of each choice is sent (an absolute http(s) URL), or null. */
  receiptEndpoint: string | null;
  entries: EntryConfig[];
}

export type ConsentModeMapping = Record<string, string[]>;

const ADS = ['first-party', 'third-party'];
/** What `google-consent-mode` with no value means. */
const DEFAULT_MAPPING: ConsentModeMapping = { analytics_storage: ['statistics'], ad_storage: ADS, ad_user_data: ADS, ad_personalization: ADS };
const SIGNALS = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage'];

export const DEFAULT_EXPIRES = 182;
export const MAX_EXPIRES = 395;
const REVISION = /^[\x20-\x7e]{1,64}$/;
const DOMAIN = /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

function pageLang(): 'fr' | 'en' {
  return /^en\b/i.test(document.documentElement.lang) ? 'en' : 'fr';
}

function readExpires(value: string | null): number {
  if (value === null) return DEFAULT_EXPIRES;
  const days = Number(value.trim());
  if (!Number.isInteger(days) || days < 1) {
    warn(`expires="${value}" is not a whole number of days; ${DEFAULT_EXPIRES} is used.`);
    return DEFAULT_EXPIRES;
  }
  if (days > MAX_EXPIRES) {
    warn(`expires="${value}" is more than ${MAX_EXPIRES} days (13 months); ${MAX_EXPIRES} is used.`);
    return MAX_EXPIRES;
  }
  return days;
}

function readEntry(element: Element, taken: Set<string>): EntryConfig | null {
  const text = (name: string) => (element.getAttribute(name) ?? '').trim();
  const cookies = text('cookies').split(/\s+/).filter(Boolean);
  const category = text('category');
  const id = text('id') || cookies[0] || '';
  if (!isCategory(category)) {
    warn(`entry "${id}" has category="${category}"; use necessary, statistics, first-party or third-party. The entry is left out.`);
    return null;
  }
  // Names of Object.prototype ("__proto__", "constructor"…) are refused: ids become object keys.
  if (!ENTRY_ID.test(id) || isOptionalCategory(id) || id === 'necessary' || id in Object.prototype) {
    warn(`entry id="${id}" must be 1 to 64 letters, digits, "_", ".", ":" or "-", and neither a category name nor a built-in object property. The entry is left out.`);
    return null;
  }
  if (taken.has(id)) {
    warn(`two entries have id="${id}"; the second is left out.`);
    return null;
  }
  taken.add(id);
  return {
    id,
    category,
    provider: text('provider'),
    service: text('service'),
    cookies,
    purpose: text('purpose'),
    duration: text('duration'),
  };
}

/** `google-consent-mode="analytics_storage:statistics ad_storage:first-party,third-party"`; signals left out stay denied. */
function readConsentMode(value: string | null, entries: EntryConfig[]): ConsentModeMapping | null {
  if (value === null) return null;
  if (!value.trim()) return DEFAULT_MAPPING;
  const mapping: ConsentModeMapping = {};
  for (const pair of value.trim().split(/\s+/)) {
    const [signal, names, extra] = pair.split(':');
    if (!SIGNALS.includes(signal) || names === undefined || extra !== undefined) {
      warn(`google-consent-mode: "${pair}" is not signal:category (signals: ${SIGNALS.join(', ')}); it is ignored.`);
      continue;
    }
    mapping[signal] ??= [];
    for (const name of names.split(',').filter(Boolean)) {
      if (isCategory(name) || entries.some((entry) => entry.id === name)) mapping[signal].push(name);
      else warn(`google-consent-mode: "${name}" in "${pair}" is neither a category nor an entry id; it is ignored.`);
    }
  }
  return mapping;
}

/** Only http(s) addresses, absolute or relative to the page, receive proofs of consent. */
function readEndpoint(value: string | null): string | null {
  if (value === null) return null;
  try {
    const url = new URL(value.trim(), document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // reported below
  }
  warn(`receipt-endpoint="${value}" is not an http(s) address; no receipt is sent.`);
  return null;
}

/** Reads the configuration from a `<cookie-charter>` element (upgraded or not), or the defaults. */
export function readConfig(host: Element | null): CharterConfig {
  const attr = (name: string) => host?.getAttribute(name) ?? null;

  const langValue = attr('lang');
  let lang = pageLang();
  if (langValue !== null) {
    const normalised = langValue.trim().toLowerCase().slice(0, 2);
    if (normalised === 'fr' || normalised === 'en') lang = normalised;
    else warn(`lang="${langValue}" is not supported (fr or en); "${lang}" is used.`);
  }

  let revision = attr('revision');
  if (revision !== null && !REVISION.test(revision)) {
    warn(`revision="${revision}" must be 1 to 64 printable ASCII characters; it is ignored.`);
    revision = null;
  }

  let cookieDomain = attr('cookie-domain');
  if (cookieDomain !== null && !DOMAIN.test(cookieDomain.trim())) {
    warn(`cookie-domain="${cookieDomain}" is not a domain name; the cookie is kept host-only.`);
    cookieDomain = null;
  }

  const taken = new Set<string>();
  const entries: EntryConfig[] = [];
  if (host) {
    for (const element of host.querySelectorAll('cookie-charter-entry')) {
      const entry = readEntry(element, taken);
      if (entry) entries.push(entry);
    }
  }

  return {
    platform: attr('platform')?.trim() || location.origin,
    lang,
    revision,
    expires: readExpires(attr('expires')),
    cookieDomain: cookieDomain?.trim() || null,
    googleConsentMode: readConsentMode(attr('google-consent-mode'), entries),
    ignoreGpc: host?.hasAttribute('ignore-gpc') ?? false,
    receiptEndpoint: readEndpoint(attr('receipt-endpoint')),
    entries,
  };
}
