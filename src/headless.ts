/*
 * `cookie-charter/consent`: the consent core without the banner and the charter dialog, for a portal
 * that draws its own. Everything else works as with the full widget: `window.cookieCharter`, the
 * `cookies_preferences` cookie, the configuration read from `<cookie-charter>`, gated content and the
 * placeholders of blocked embeds, refused cookies deleted, Global Privacy Control, Google Consent Mode,
 * other tabs and receipts.
 */
import type { CookieCharterApi } from './consent/api.js';
import { PLACEHOLDER_IMPORTS } from './charter/languages.js';
import { start } from './start/start.js';

export type { CookieCharterApi } from './consent/api.js';
export type { OptionalCategory } from './consent/categories.js';
export type { Preferences } from './consent/choice.js';

export interface ConsentOptions {
  /** Shows the portal's own charter and switches: called by `cookieCharter.open()` and `data-cookie-charter-open` links. */
  open?: () => void;
}

/** There is no charter dialog to fill: neither its texts nor its module are ever loaded. */
const noCharterDialog = () => Promise.reject(new Error('no charter dialog'));

/**
 * Starts the consent core once per page and returns `window.cookieCharter`. Show your own banner while
 * `decided` is false, and record the visitor's answer with `acceptAll()`, `rejectAll()` or `choose()`.
 */
export function startConsent({ open }: ConsentOptions = {}): CookieCharterApi {
  return start({
    // `<cookie-charter>` keeps holding the configuration; its `open()` hands over to the portal's UI.
    ui: async () => ({
      defineUi() {
        if (customElements.get('cookie-charter')) return;
        customElements.define(
          'cookie-charter',
          class extends HTMLElement {
            open() {
              open?.();
            }
          },
        );
      },
    }),
    charterTexts: noCharterDialog,
    bannerTexts: noCharterDialog,
    placeholderTexts: (lang) => PLACEHOLDER_IMPORTS[lang](),
    dialog: noCharterDialog,
    messages: () => import('./consent/messages.js'),
    enforcement: () => import('./enforcement/enforcement.js'),
    // Without the portal's own charter to open, a placeholder has no link to one.
    placeholder: () =>
      import('./placeholder/define.js').then(({ createPlaceholder }) => ({
        createPlaceholder: (template, services) => createPlaceholder(template, open ? services : { ...services, open: undefined }),
      })),
  });
}
