/**
 * An entry the banner asks about: neither necessary nor exempt audience measurement. The start-up's
 * first-visit test and the inline script of a banner written into the page (src/prerender.ts) use it.
 */
export const ASKING_ENTRY = 'cookie-charter-entry:not([category="necessary"],[category="statistics"][exempt])';
