import type { Consent } from '../consent/consent.js';
import { warn } from '../consent/warn.js';
import { post } from '../consent/post.js';

/**
 * Proof of consent: after each choice made on this page, sends the portal's `receipt-endpoint` what
 * was chosen, under which charter revision, when, and the choice's random id; nothing about the visitor.
 * Returns what the UI calls just before it records a choice, with the digest of the charter it showed
 * (`src/charter/proof.ts`): that receipt names it.
 */
export function sendReceipts(consent: Consent): (digest: string) => void {
  let shown: string | undefined;
  consent.watch((local) => {
    const charter = shown;
    shown = undefined;
    const endpoint = consent.config.receiptEndpoint;
    if (!local || !endpoint) return;
    const preferences = consent.preferences();
    if (!preferences) return;
    try {
      // The preferences as the API gives them: every field is about the choice, none about the visitor.
      void post(endpoint, JSON.stringify(charter ? { ...preferences, charter } : preferences));
    } catch (error) {
      warn('threw', 'sending the receipt', error);
    }
  });
  return (digest) => (shown = digest);
}
