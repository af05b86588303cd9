/*
 * What the configurator edits: a portal's charter as a form holds it (strings as typed, texts per
 * language), saved and loaded as JSON beside the portal's site. Pure: no DOM, no catalogue import, so
 * that the tests build configurations of their own.
 */
import type { Category } from '../../src/consent/categories.js';
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import type { FindingKind } from '../../packages/scan/src/types.js';

/** The languages of the Opendatasoft front office, which the widget's entries take texts in. */
export const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'ca', 'eu', 'sv', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name, the same in every interface language. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  fr: 'Français',
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  nl: 'Nederlands',
  pt: 'Português',
  ca: 'Català',
  eu: 'Euskara',
  sv: 'Svenska',
  ar: 'العربية',
};

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** Written right to left. */
export const dirOf = (lang: Language) => (lang === 'ar' ? 'rtl' : 'ltr');

/** An entry's texts in one language. */
export interface EntryTexts {
  service: string;
  purpose: string;
}

/** One `<cookie-charter-entry>`, as the form holds it. */
export interface EntryDraft {
  /** The catalogue service it came from, or null for an entry written by hand. */
  service: string | null;
  id: string;
  /** '' until someone chooses (an unknown cookie from a scan). */
  category: Category | '';
  provider: string;
  /** Space-separated cookie names, `*` as a wildcard. */
  cookies: string;
  duration: string;
  exempt: boolean;
  /** Its texts per language of the portal: the default language's become `service` and `purpose`. */
  texts: Partial<Record<Language, EntryTexts>>;
  /** The values of the catalogue tag's fields, by name. */
  tag: Record<string, string>;
  /** What an imported scan reported about it. */
  findings?: EntryFinding[];
}

/** A scan's finding, kept beside the entry it concerns. */
export interface EntryFinding {
  kind: FindingKind;
  name: string;
  detail: string;
}

/** Where the snippet goes: the recommended placement, or one block for back offices that take footer HTML only. */
export type Placement = 'recommended' | 'footer';

/** A portal's charter, as the configurator edits, imports and exports it. */
export interface Configuration {
  platform: string;
  revision: string;
  expires: string;
  cookieDomain: string;
  policyUrl: string;
  receiptEndpoint: string;
  googleConsentMode: boolean;
  /** The portal's languages, its default first: the snippet has `lang` only when there is one. */
  languages: Language[];
  scriptUrl: string;
  placement: Placement;
  entries: EntryDraft[];
}

/** The `format` of an exported configuration, which the import recognises. */
export const FORMAT = 'cookie-charter-configuration';

/** The widget's address on the CDN, pinned to `version`. */
export const cdnScript = (version: string) => `https://cdn.jsdelivr.net/npm/cookie-charter@${version}/dist/cookie-charter.js`;

export function emptyConfiguration(scriptUrl: string): Configuration {
  return {
    platform: '',
    revision: '',
    expires: '',
    cookieDomain: '',
    policyUrl: '',
    receiptEndpoint: '',
    googleConsentMode: false,
    languages: ['fr'],
    scriptUrl,
    placement: 'recommended',
    entries: [],
  };
}

export function emptyEntry(): EntryDraft {
  return { service: null, id: '', category: '', provider: '', cookies: '', duration: '', exempt: false, texts: {}, tag: {} };
}

/**
 * A catalogue service as an entry: its names, its provider and category, its texts in French and
 * English, the longest usual lifetime in the default language's words (`durationText`, the scanner's),
 * and its tag's default values.
 */
export function entryFromService(
  service: KnownService,
  languages: Language[],
  durationText: (days: number | 'session' | null, lang: 'fr' | 'en') => string,
): EntryDraft {
  const days = service.cookies.map((cookie) => cookie.days);
  const numbers = days.filter((day): day is number => typeof day === 'number');
  const longest = numbers.length ? Math.max(...numbers) : days.includes('session') ? 'session' : null;
  const texts: EntryDraft['texts'] = {};
  for (const lang of languages) {
    texts[lang] =
      lang === 'fr' || lang === 'en' ? { service: service.service[lang], purpose: service.purpose[lang] } : { service: '', purpose: '' };
  }
  const tag: Record<string, string> = {};
  for (const field of service.tag?.fields ?? []) tag[field.name] = field.default?.[languages[0] === 'en' ? 'en' : 'fr'] ?? '';
  return {
    service: service.id,
    id: service.id,
    category: service.category,
    provider: service.provider,
    cookies: service.cookies.map((cookie) => cookie.name).join(' '),
    duration: durationText(longest, languages[0] === 'en' ? 'en' : 'fr'),
    exempt: false,
    texts,
    tag,
  };
}

/** Line breaks as the HTML parser leaves them (CR LF and CR are LF), and no NUL, which it replaces. */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/\0/g, '');

/** A configuration as the widget will read it: values trimmed, names split, texts cleaned. */
export function normalized(config: Configuration): Configuration {
  const trim = (text: string) => clean(text).trim();
  return {
    ...config,
    platform: trim(config.platform),
    revision: config.revision,
    expires: trim(config.expires),
    cookieDomain: trim(config.cookieDomain),
    policyUrl: trim(config.policyUrl),
    receiptEndpoint: trim(config.receiptEndpoint),
    scriptUrl: trim(config.scriptUrl),
    entries: config.entries.map((entry) => ({
      ...entry,
      id: trim(entry.id),
      provider: trim(entry.provider),
      cookies: (clean(entry.cookies).match(/\S+/g) ?? []).join(' '),
      duration: trim(entry.duration),
      texts: Object.fromEntries(
        Object.entries(entry.texts).map(([lang, texts]) => [lang, { service: trim(texts!.service), purpose: trim(texts!.purpose) }]),
      ),
      tag: Object.fromEntries(Object.entries(entry.tag).map(([name, value]) => [name, trim(value)])),
    })),
  };
}
