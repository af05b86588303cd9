import { langOf } from '../consent/lang.js';
import type { Warn } from '../consent/warn.js';
import type { Lang } from './texts.js';

/** The placeholders' texts are named `placeholder…`: they check those names, and the banner the others. */
const isPlaceholderName = (key: string) => key.startsWith('placeholder');

/**
 * `texts` with the portal's replacements: JSON in
 * `<script type="application/json" data-cookie-charter-texts lang="fr">` inside `<cookie-charter>`
 * (without `lang`, for every language). Replacements are shown as text, never as HTML. Names are
 * checked only when `texts` is `complete`: until the charter's texts have loaded, a name may be theirs.
 * Each part checks its own names: the placeholders' (`placeholders`), or the banner's and the charter's.
 */
export function withReplacements<T extends object>(
  host: Element,
  lang: Lang,
  texts: T,
  complete: boolean,
  warn: Warn,
  placeholders = false,
): T {
  const replaced = { ...texts } as Record<string, string>;
  for (const script of host.querySelectorAll('script[data-cookie-charter-texts]')) {
    const scriptLang = script.getAttribute('lang');
    if (scriptLang && langOf(scriptLang) !== lang) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      data = null;
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      warn('textsJson');
      continue;
    }
    for (const [key, value] of Object.entries(data)) {
      if (!Object.hasOwn(texts, key)) {
        if (complete && isPlaceholderName(key) === placeholders) warn('textName', key);
      } else if (typeof value !== 'string') warn('textType', key);
      else replaced[key] = value;
    }
  }
  return replaced as T;
}

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : match));
}
