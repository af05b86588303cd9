/*
 * What the configurator imports: a scan's `--json` output (its entries and what it reported), an
 * existing `<cookie-charter>` element, or a configuration it exported. Each gives a configuration;
 * nothing pasted is ever run.
 */
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import type { DeclaredEntry, Finding, ScanResult, Suggestion } from '../../packages/scan/src/types.js';
import { isCategory } from '../../src/consent/categories.js';
import {
  emptyEntry,
  entryFromService,
  FORMAT,
  isLanguage,
  LANGUAGES,
  type Configuration,
  type EntryDraft,
  type EntryFinding,
  type Language,
} from './model.js';

export interface Tools {
  services: KnownService[];
  durationText: (days: number | 'session' | null, lang: 'fr' | 'en') => string;
}

/** What an import gave, or null when the text is none of the three. */
export interface Imported {
  config: Configuration;
  /** A scan's findings, for its report. */
  findings: Finding[] | null;
}

export function importText(text: string, current: Configuration, tools: Tools): Imported | null {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      return null;
    }
    if (isScan(value)) return { config: fromScan(value, current, tools), findings: value.findings };
    if (isRecord(value) && value.format === FORMAT) return { config: fromJson(value, current), findings: null };
    return null;
  }
  const config = fromHtml(trimmed, current, tools);
  return config && { config, findings: null };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const string = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);

const isScan = (value: unknown): value is ScanResult =>
  isRecord(value) && Array.isArray(value.findings) && Array.isArray(value.declared) && isRecord(value.phases);

/** The catalogue's service of an id, if any. */
const serviceOf = (id: string | null, tools: Tools) => tools.services.find((service) => service.id === id);

/** The entry of the configuration that `name` (an id, or a provider for an entry without one) stands for. */
const entryNamed = (entries: EntryDraft[], name: string | null) =>
  name === null ? undefined : (entries.find((entry) => entry.id === name) ?? entries.find((entry) => !entry.id && entry.provider === name));

const addNames = (entry: EntryDraft, names: string[]) => {
  const known = entry.cookies.split(/\s+/).filter(Boolean);
  for (const name of names) if (!known.includes(name)) known.push(name);
  entry.cookies = known.join(' ');
};

/**
 * A scan's charter and suggestions added to `current`: its declared entries (not the built-in rows), the
 * catalogue's entry for each known tracker it found, and an entry to complete (no category) for each
 * name the catalogue does not know. Each finding is kept beside the entry it concerns.
 */
function fromScan(scan: ScanResult, current: Configuration, tools: Tools): Configuration {
  const entries = current.entries.map((entry) => ({ ...entry, findings: [] as EntryFinding[] }));
  const lang: Language = scan.lang === 'en' ? 'en' : 'fr';
  const languages = current.languages.includes(lang) ? current.languages : [...current.languages, lang];
  for (const declared of scan.declared.filter((entry: DeclaredEntry) => !entry.builtin)) {
    if (entryNamed(entries, declared.id ?? declared.provider)) continue;
    entries.push({
      ...emptyEntry(),
      service: serviceOf(declared.id, tools)?.id ?? null,
      id: declared.id ?? '',
      category: declared.category,
      provider: declared.provider,
      cookies: declared.cookies.join(' '),
      duration: declared.duration,
      exempt: declared.exempt,
      texts: { [lang]: { service: declared.service, purpose: declared.purpose } },
      findings: [],
    });
  }
  for (const finding of scan.findings) {
    let entry: EntryDraft | undefined;
    if (finding.entry?.declared) entry = entryNamed(entries, finding.entry.id ?? finding.entry.provider);
    else if (finding.entry) entry = suggested(finding.entry, entries, languages, tools);
    entry?.findings!.push({ kind: finding.kind, name: finding.name, detail: finding.detail });
  }
  return { ...current, languages, entries };
}

/** The entry that takes a suggestion's names: the one it extends, the catalogue service's, or a new one. */
function suggested(suggestion: Suggestion, entries: EntryDraft[], languages: Language[], tools: Tools): EntryDraft {
  let entry = entryNamed(entries, suggestion.extend) ?? (suggestion.known ? entryNamed(entries, suggestion.id) : undefined);
  if (!entry) {
    const service = suggestion.known ? serviceOf(suggestion.id, tools) : undefined;
    entry = service
      ? { ...entryFromService(service, languages, tools.durationText), findings: [] }
      : { ...emptyEntry(), id: suggestion.id, duration: suggestion.duration, findings: [] };
    if (!service && suggestion.known && suggestion.category) {
      Object.assign(entry, { category: suggestion.category, provider: suggestion.provider });
      entry.texts[languages[0]] = { service: suggestion.service, purpose: suggestion.purpose };
    }
    entries.push(entry);
  }
  addNames(entry, suggestion.cookies);
  return entry;
}

/** A `<cookie-charter>` element and its entries, per-language texts (`purpose-de`) and the script's address included. */
function fromHtml(html: string, current: Configuration, tools: Tools): Configuration | null {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const host = page.querySelector('cookie-charter');
  if (!host) return null;
  const attr = (name: string) => host.getAttribute(name) ?? '';
  const elements = [...host.querySelectorAll('cookie-charter-entry')];
  const lang = attr('lang').trim().toLowerCase().slice(0, 2);
  const first: Language = isLanguage(lang) ? lang : current.languages[0];
  const others = LANGUAGES.filter(
    (code) =>
      code !== first && elements.some((element) => element.hasAttribute(`service-${code}`) || element.hasAttribute(`purpose-${code}`)),
  );
  const languages: Language[] = isLanguage(lang) && !others.length ? [first] : [first, ...others];
  const entries = elements.map((element): EntryDraft => {
    const read = (name: string) => element.getAttribute(name) ?? '';
    const id = read('id');
    const category = read('category').trim();
    const texts: EntryDraft['texts'] = {};
    texts[first] = { service: read('service'), purpose: read('purpose') };
    for (const code of others) texts[code] = { service: read(`service-${code}`), purpose: read(`purpose-${code}`) };
    return {
      ...emptyEntry(),
      service: serviceOf(id, tools)?.id ?? null,
      id,
      category: isCategory(category) ? category : '',
      provider: read('provider'),
      cookies: read('cookies'),
      duration: read('duration'),
      exempt: element.hasAttribute('exempt'),
      texts,
    };
  });
  const script = page.querySelector<HTMLScriptElement>('script[src*="cookie-charter"]')?.getAttribute('src');
  return {
    ...current,
    platform: attr('platform'),
    revision: attr('revision'),
    expires: attr('expires'),
    cookieDomain: attr('cookie-domain'),
    policyUrl: attr('policy-url'),
    receiptEndpoint: attr('receipt-endpoint'),
    googleConsentMode: host.hasAttribute('google-consent-mode'),
    languages,
    scriptUrl: script ?? current.scriptUrl,
    entries,
  };
}

/** An exported configuration, each value checked: anything missing or of the wrong type keeps `current`'s. */
function fromJson(value: Record<string, unknown>, current: Configuration): Configuration {
  const text = (name: keyof Configuration) => string(value[name], current[name] as string);
  const languages = Array.isArray(value.languages) ? value.languages.filter(isLanguage) : [];
  const entries = Array.isArray(value.entries) ? value.entries.filter(isRecord) : [];
  return {
    platform: text('platform'),
    revision: text('revision'),
    expires: text('expires'),
    cookieDomain: text('cookieDomain'),
    policyUrl: text('policyUrl'),
    receiptEndpoint: text('receiptEndpoint'),
    googleConsentMode: value.googleConsentMode === true,
    languages: languages.length ? [...new Set(languages)] : current.languages,
    scriptUrl: text('scriptUrl'),
    placement: value.placement === 'footer' ? 'footer' : 'recommended',
    entries: entries.map((entry) => {
      const texts: EntryDraft['texts'] = {};
      if (isRecord(entry.texts))
        for (const [lang, given] of Object.entries(entry.texts))
          if (isLanguage(lang) && isRecord(given)) texts[lang] = { service: string(given.service), purpose: string(given.purpose) };
      const tag: Record<string, string> = {};
      if (isRecord(entry.tag)) for (const [name, given] of Object.entries(entry.tag)) if (typeof given === 'string') tag[name] = given;
      return {
        service: typeof entry.service === 'string' ? entry.service : null,
        id: string(entry.id),
        category: isCategory(entry.category) ? entry.category : '',
        provider: string(entry.provider),
        cookies: string(entry.cookies),
        duration: string(entry.duration),
        exempt: entry.exempt === true,
        texts,
        tag,
      };
    }),
  };
}

/** The configuration as a file to keep beside the portal's site. */
export function exportJson(config: Configuration): string {
  const entries = config.entries.map((entry) => {
    const kept: Partial<EntryDraft> = { ...entry };
    delete kept.findings;
    return kept;
  });
  return `${JSON.stringify({ format: FORMAT, version: 1, ...config, entries }, null, 2)}\n`;
}
