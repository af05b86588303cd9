import type { Consent } from './consent.js';
import { deleteRefusedCookies } from './deletion.js';
import type { enforceContent } from './enforcement.js';
import { GATED } from './gating.js';
import { sendReceipts } from './receipt.js';
import { shareWithTabs } from './tabs.js';
import { warn } from './warn.js';

/** The module of `enforcement.ts`, loaded on demand. */
export interface EnforcementModule {
  enforceContent: typeof enforceContent;
}

/**
 * What a choice does to the page beyond answering `allows()`. Called before the page's charter is
 * bound, so that a Global Privacy Control refusal recorded then is sent and told to other tabs.
 * Gated content and the Google Consent Mode bridge live in a module of their own, loaded only when
 * the page has gated content or the `google-consent-mode` attribute.
 */
export function enforce(consent: Consent, load: () => Promise<EnforcementModule>): void {
  deleteRefusedCookies(consent);
  shareWithTabs(consent);
  sendReceipts(consent);

  let loading = false;
  /** `gated`: whether the page has gated content now; checked when unknown. */
  const need = (gated?: boolean) => {
    if (loading) return;
    gated ??= document.readyState !== 'loading' && document.querySelector(GATED) !== null;
    if (consent.config.googleConsentMode === null && !gated) return;
    loading = true;
    load().then(
      (module) => {
        stopWatching();
        watcher.disconnect();
        module.enforceContent(consent, warn);
      },
      (error) => {
        loading = false; // asked again at the next change
        // Said here, not through warn(): the explanations would come from the same missing folder.
        console.warn('cookie-charter: gated content and Google Consent Mode could not be loaded; gated content stays blocked.', error);
      },
    );
  };
  const stopWatching = consent.watch(() => need(false));
  document.addEventListener('DOMContentLoaded', () => need(), { once: true });
  // Content that a single-page app adds later; what the parser adds is looked at once it is done.
  const watcher = new MutationObserver((records) => {
    if (document.readyState === 'loading') return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && ((node as Element).matches(GATED) || (node as Element).querySelector(GATED))) return need(true);
      }
    }
  });
  watcher.observe(document, { childList: true, subtree: true });
  need();
}
