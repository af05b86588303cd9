import { warn } from '../consent/warn.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { TextKey, Texts } from './texts.js';

const LANGUAGES = { fr, en };

/**
 * The texts for a language, with the portal's replacements: JSON in
 * `<script type="application/json" data-cookie-charter-texts lang="fr">` inside `<cookie-charter>`
 * (without `lang`, for every language). Replacements are shown as text, never as HTML.
 */
export function textsFor(host: Element, lang: 'fr' | 'en'): Texts {
  const texts: Texts = { ...LANGUAGES[lang] };
  for (const script of host.querySelectorAll('script[data-cookie-charter-texts]')) {
    const scriptLang = script.getAttribute('lang');
    if (scriptLang && scriptLang.trim().toLowerCase().slice(0, 2) !== lang) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      warn('a data-cookie-charter-texts script does not hold valid JSON; it is ignored.');
      continue;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      warn('data-cookie-charter-texts must hold a JSON object of texts; it is ignored.');
      continue;
    }
    for (const [key, value] of Object.entries(data)) {
      if (!Object.prototype.hasOwnProperty.call(fr, key)) warn(`there is no text named "${key}"; it is ignored.`);
      else if (typeof value !== 'string') warn(`the text "${key}" must be a string; it is ignored.`);
      else texts[key as TextKey] = value;
    }
  }
  return texts;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}
