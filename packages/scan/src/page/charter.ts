/*
 * Runs in the scanned page: reads the first <cookie-charter> with the widget's own code, so that the
 * scanner sees the charter exactly as the widget shows it, built-in rows included.
 */
import { charterRows } from '../../../../src/charter/builtin.js';
// Its type of window.cookieCharter, the widget's API.
import type {} from '../../../../src/consent/api.js';
import { charter as en } from '../../../../src/charter/en.js';
import { charter as fr } from '../../../../src/charter/fr.js';
import { readConfig } from '../../../../src/consent/config.js';
import { durationDays } from '../../../../src/consent/duration.js';
import { PLATFORM_COOKIES } from '../../../../src/consent/platform.js';
import type { Charter } from '../types.js';

export function readCharter(): Charter {
  const host = document.querySelector('cookie-charter');
  const config = readConfig(host);
  // The scanner writes in French or English: a charter in another language is reported in English.
  const lang = config.lang === 'fr' ? 'fr' : 'en';
  const texts = lang === 'en' ? en : fr;
  const rows = charterRows(config.entries, (key) => (texts as unknown as Record<string, string>)[key] ?? '');
  const api = window.cookieCharter;
  const widget = !!api && !Array.isArray(api) && typeof api.rejectAll === 'function';
  return {
    widget,
    element: host !== null,
    lang,
    // Without the widget or its element, the page declares nothing, not even the platform's rows.
    entries: (widget || host ? rows : []).map((row) => ({
      id: row.id,
      category: row.category,
      provider: row.provider,
      service: row.service,
      cookies: row.cookies,
      purpose: row.purpose,
      duration: row.duration,
      days: durationDays(row.duration),
      builtin: !config.entries.includes(row) && (PLATFORM_COOKIES as readonly string[]).includes(row.cookies[0]),
      // As the widget judges it: statistics only, with an id, and no cookie that no exemption covers.
      exempt: row.exempt === true,
    })),
  };
}
