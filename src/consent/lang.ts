import type { Warn } from './warn.js';

/** The languages the widget speaks: those of the Opendatasoft front office. French is the charter's own. */
export const LANGS = ['fr', 'en', 'de', 'es', 'it', 'nl', 'pt', 'ca', 'eu', 'sv', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

/** Whether a language's banner and placeholder words ship inside the UI and placeholder files (French and English, the first two). */
export const inUiFile = (lang: Lang) => LANGS.indexOf(lang) < 2;

/**
 * The language a tag names, when the widget has it: the full tag, then its primary subtag, read
 * case-insensitively and with `_` as `-` (`pt-BR` and `PT_br` are `pt`); '' otherwise.
 */
export function langOf(tag: string): Lang | '' {
  // The widget has no regional variant: the full tag names one of its languages only when it is the primary subtag.
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(primary) ? primary : '';
}

/**
 * Which language shows: the `lang` attribute when the widget has it (another value is warned about), else
 * the page's `<html lang>`; French when the page names no language, English when it names one the widget
 * does not have (with a warning).
 */
export function pickLang(attribute: string | null, page: string, warn: Warn): Lang {
  const asked = langOf(attribute ?? '');
  if (asked) return asked;
  const named = langOf(page);
  const used = named || (page.trim() ? 'en' : 'fr');
  if (attribute !== null) warn('lang', attribute, used);
  if (!named && page.trim()) warn('pageLang', page, used);
  return used;
}
