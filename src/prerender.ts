/*
 * The fastest placement: the banner written into the page's HTML. `<cookie-charter>` starts with a
 * declarative shadow root that holds the banner, hidden, and the inline script `REVEAL`, placed right
 * after `</cookie-charter>`, shows it while the page is still being parsed when no choice is stored at
 * all. The banner then comes in the page's first paint, before any file of the widget has arrived.
 *
 * Only the core decides whether to ask (revision, expiry, copies of the cookie, Global Privacy
 * Control): the script shows the written banner only when the answer can only be yes, and the core
 * takes it down when it says no. The banner's file, once it has come, takes over in the same frame.
 * A click on the written banner before then is handed to `window.cookieCharter`'s queue, so that no
 * choice is lost while the widget loads. See docs/install.md, "The fastest placement".
 */

import { ASKING_ENTRY } from './consent/asking.js';
import { styles } from './ui/styles.js';

/**
 * The written banner's style sheet: the banner's own styles, as the widget's files carry them. The same
 * text for every portal with a version of the widget: its CSP hash is in docs/csp.md.
 */
export const STYLE = styles.cssText;

/** What marks the written banner and its style sheet in the shadow root; the core and the UI look for it. */
export const PRERENDERED = 'data-prerendered';

/**
 * The inline script that goes right after `</cookie-charter>`. It is the same text on every page (its
 * CSP hash is in docs/csp.md, and checked by the tests). It shows the written banner only when:
 * - no `cookies_preferences` cookie is there at all (an old, expired or other revision's choice is the
 *   core's to judge: the core shows the banner then, a moment later);
 * - the browser sends no Global Privacy Control;
 * - the charter has an entry to ask about (not necessary, not exempt audience measurement);
 * - the banner written is in the language the page shows (the `lang` attribute, else `<html lang>`):
 *   a portal in several languages writes one banner, and the other languages' visitors get the banner
 *   from the widget's files.
 * A click on "Tout accepter" or "Tout refuser" hides it at once and queues the choice; "Personnaliser"
 * queues the opening of the charter.
 */
export const REVEAL =
  "(function(d){var h=d.querySelector('cookie-charter'),r=h&&h.shadowRoot,b=r&&r.querySelector('section[data-prerendered]'),l=(h&&h.getAttribute('lang')||d.documentElement.lang||'fr').toLowerCase().split(/[-_]/)[0];" +
  `if(!b||/(^|;) *cookies_preferences=/.test(d.cookie)||navigator.globalPrivacyControl===true||l!==b.lang||!h.querySelector('${ASKING_ENTRY}'))return;` +
  "b.hidden=false;r.addEventListener('click',function(e){var p=b.contains(e.target)&&e.target.closest('button'),a=p&&{'accept-all':'acceptAll','reject-all':'rejectAll',customize:'open'}[p.getAttribute('part')];" +
  "if(!a)return;if(a!=='open')b.hidden=true;(window.cookieCharter=window.cookieCharter||[]).push(function(c){c[a]()})})})(document)";

/**
 * The banner that `host` (a `<cookie-charter>` showing its banner) renders now, as the HTML of a
 * declarative shadow root to write as the element's first child: `<template shadowrootmode="open">`, the
 * banner hidden, then its style sheet. Null, with nothing thrown, when the element shows no banner.
 */
export function prerender(host: Element | null = document.querySelector('cookie-charter')): string | null {
  const root = host?.shadowRoot;
  const banner = root?.querySelector('[part~="banner"]');
  if (!root || !banner || banner.hasAttribute(PRERENDERED)) return null;
  const copy = banner.cloneNode(true) as HTMLElement;
  // Lit's markers are comments: the written banner needs none.
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  // It shows with the page's first paint, as part of the page: no slide-in, which costs that paint
  // its animation's start (the widget's banner that takes it over does not slide in either).
  copy.classList.add('shown');
  copy.hidden = true;
  copy.setAttribute(PRERENDERED, '');
  return `<template shadowrootmode="open">${copy.outerHTML}<style ${PRERENDERED}>${STYLE}</style></template>`;
}
