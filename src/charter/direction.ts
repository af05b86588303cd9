import type { Lang } from '../consent/lang.js';

/** The direction a language is written in: Arabic right to left, the others left to right. */
export const dirOf = (lang: Lang) => (lang === 'ar' ? 'rtl' : 'ltr');
