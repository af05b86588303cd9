import { now, randomId } from './choice.js';
import type { Consent } from './consent.js';

/**
 * Global Privacy Control: a browser-wide "do not sell or share", recorded as a refusal of every
 * optional category whenever a charter asks something and no valid choice is stored.
 */
export function honourGpc(consent: Consent): void {
  // Watched, not run once: the charter (and so its categories) may be bound after start, and a new
  // revision or an expired choice leaves the visitor without a valid one.
  consent.watch(() => {
    const { categories, config } = consent;
    // The signal is read last: a returning visitor's page never asks the browser for it.
    if (consent.decided || !categories.length || config.ignoreGpc) return;
    if ((navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl !== true) return;
    const refused: Record<string, boolean> = {};
    for (const category of categories) refused[category] = false;
    consent.commit({
      categories: refused,
      entries: {},
      revision: config.revision,
      time: now(),
      id: randomId(),
      gpc: true,
    });
  });
}
