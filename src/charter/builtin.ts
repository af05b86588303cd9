import type { EntryConfig } from '../consent/config.js';
import { PLATFORM_COOKIES, type PlatformCookie } from '../consent/platform.js';
import type { TextKey } from './texts.js';

/** The words of each platform cookie's row. */
const ROW_TEXTS: Record<PlatformCookie, { service: TextKey; purpose: TextKey }> = {
  sessionid: { service: 'sessionidService', purpose: 'sessionidPurpose' },
  django_language: { service: 'languageService', purpose: 'languagePurpose' },
  csrftoken: { service: 'csrfService', purpose: 'csrfPurpose' },
  cookies_preferences: { service: 'preferencesService', purpose: 'preferencesPurpose' },
};

/**
 * The charter's rows: the built-in ones in their order, each replaced in place by a declared entry
 * that names its cookie, then the declared entries.
 */
export function charterRows(declared: EntryConfig[], text: (key: TextKey) => string): EntryConfig[] {
  const replacing = new Map<string, EntryConfig>();
  for (const entry of declared) for (const cookie of entry.cookies) replacing.set(cookie, entry);
  const rows: EntryConfig[] = [];
  for (const cookie of PLATFORM_COOKIES) {
    const replacement = replacing.get(cookie);
    if (replacement) {
      if (!rows.includes(replacement)) rows.push(replacement);
      continue;
    }
    rows.push({
      id: cookie,
      key: cookie,
      category: 'necessary',
      provider: 'Opendatasoft',
      service: text(ROW_TEXTS[cookie].service),
      cookies: [cookie],
      purpose: text(ROW_TEXTS[cookie].purpose),
      duration: '',
    });
  }
  for (const entry of declared) if (!rows.includes(entry)) rows.push(entry);
  return rows;
}
