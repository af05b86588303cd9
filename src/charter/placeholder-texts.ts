import { placeholder as en } from './placeholder/en.js';
import { placeholder as fr } from './placeholder/fr.js';
import type { Lang, PlaceholderTexts } from './texts.js';

/**
 * The placeholders' words that ship in the placeholders' own file: French and English. A page whose
 * embeds are blocked shows them without downloading the banner or the charter. Each other language's
 * come in a file of their own (`placeholder/<lang>.ts`). `{name}` is an entry's provider, `{category}`
 * one of the category names.
 */
export const PLACEHOLDER_TEXTS: Partial<Record<Lang, PlaceholderTexts>> = { fr, en };
