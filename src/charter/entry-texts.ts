import type { EntryConfig } from '../consent/config.js';
import type { Lang } from '../consent/lang.js';

/**
 * An entry as a visitor of `lang` reads it: the provider, service and purpose the portal gave in that
 * language (`provider-de`, `service-de`, `purpose-de`…), else its default ones. What keys the entry in a
 * choice stays the default, so that a change of language never asks again.
 */
export function entryIn(entry: EntryConfig, lang: Lang): EntryConfig {
  const own = (name: 'provider' | 'service' | 'purpose') => entry.attr?.(`${name}-${lang}`)?.trim() || entry[name];
  return { ...entry, provider: own('provider'), service: own('service'), purpose: own('purpose') };
}
