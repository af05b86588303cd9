import type { PlaceholderTextsLoader } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import { warn } from '../consent/warn.js';
import { deleteRefusedCookies } from './deletion.js';
import type { startEnforcement } from './enforcement.js';
import { sendReceipts } from './receipt.js';
import type { PlaceholderModule } from './show-placeholders.js';
import { shareWithTabs } from './tabs.js';
import { GATED, watchGated } from './watch-gated.js';

/** The module of `enforcement.ts` (`dist/cookie-charter-enforcement.js`), loaded on demand. */
export interface EnforcementModule {
  startEnforcement: typeof startEnforcement;
}

/** Where the effects loaded on demand come from: the entry's loaders (`src/start/loaders.ts`). */
export interface EffectsLoaders {
  /** Gated content and Google Consent Mode, for pages that have either. */
  enforcement(): Promise<EnforcementModule>;
  /** The placeholders of blocked embeds, for pages that have a template that is not allowed. */
  placeholder(): Promise<PlaceholderModule>;
  /** The placeholders' words of a language other than French and English. */
  placeholderTexts: PlaceholderTextsLoader;
}

/**
 * What a choice does to the page beyond answering `allows()`: refused cookies deleted, other tabs
 * told, receipts sent. Started before the page's charter is bound, so that a Global Privacy Control
 * refusal recorded then is sent and told to other tabs. Gated content, the Google Consent Mode
 * bridge and the checks of exempt entries live in a module of their own, loaded only when the page
 * has gated content, the `google-consent-mode` attribute or an exempt entry; gated content loads the
 * placeholders when a template waits. Returns what ties a receipt to the charter the UI showed.
 */
export function startEffects(consent: Consent, loaders: EffectsLoaders, open: () => void): (digest: string) => void {
  shareWithTabs(consent, deleteRefusedCookies(consent));
  const prove = sendReceipts(consent);

  let loading = false;
  /** `gated`: whether the page has gated content now; checked when unknown. */
  const need = (gated?: boolean) => {
    if (loading) return;
    gated ??= document.readyState !== 'loading' && document.querySelector(GATED) !== null;
    const { googleConsentMode, entries } = consent.config;
    if (googleConsentMode === null && !gated && !entries.some((entry) => entry.exempt)) return;
    loading = true;
    loaders.enforcement().then(
      (module) => {
        stopWatching();
        stopWatchingGated();
        module.startEnforcement(consent, warn, loaders, open);
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
  const stopWatchingGated = watchGated(() => need(true));
  need();
  return prove;
}
