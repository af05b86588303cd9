import type { EntryConfig } from '../consent/config.js';
import type { TextKey } from './texts.js';

/** The four necessary cookies every Opendatasoft portal sets, as its charter lists them. */
export const BUILTIN: ReadonlyArray<{ cookie: string; service: TextKey; purpose: TextKey }> = [
  { cookie: 'sessionid', service: 'sessionidService', purpose: 'sessionidPurpose' },
  { cookie: 'django_language', service: 'languageService', purpose: 'languagePurpose' },
  { cookie: 'csrftoken', service: 'csrfService', purpose: 'csrfPurpose' },
  { cookie: 'cookies_preferences', service: 'preferencesService', purpose: 'preferencesPurpose' },
];

/**
 * The charter's rows: the built-in ones in their order, each replaced in place by a declared entry
 * that names its cookie, then the declared entries.
 */
export function charterRows(declared: EntryConfig[], text: (key: TextKey) => string): EntryConfig[] {
  const replacing = new Map<string, EntryConfig>();
  for (const entry of declared) for (const cookie of entry.cookies) replacing.set(cookie, entry);
  const rows: EntryConfig[] = [];
  for (const row of BUILTIN) {
    const replacement = replacing.get(row.cookie);
    if (replacement) {
      if (!rows.includes(replacement)) rows.push(replacement);
      continue;
    }
    rows.push({
      id: row.cookie,
      key: row.cookie,
      category: 'necessary',
      provider: 'Opendatasoft',
      service: text(row.service),
      cookies: [row.cookie],
      purpose: text(row.purpose),
      duration: '',
    });
  }
  for (const entry of declared) if (!rows.includes(entry)) rows.push(entry);
  return rows;
}
