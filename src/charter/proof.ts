import type { Consent } from '../consent/consent.js';
import type { Lang } from '../consent/lang.js';
import { charterDigest } from './digest.js';
import { entryIn } from './entry-texts.js';
import { post } from '../consent/post.js';

/** The charters this page has sent already: each goes once, after the first receipt that names it. */
const sent = new Set<string>();

/**
 * Records a choice made in the UI with `record`, and ties its receipt to what the visitor was shown:
 * the language, the revision, the texts on screen (the banner's, and the charter's once the dialog
 * opened), and every entry of the charter as written. The receipt names the digest of that charter,
 * and the charter itself follows it, once per page. Without `receipt-endpoint`, it only records.
 */
export function recordShown(
  consent: Consent,
  prove: ((digest: string) => void) | undefined,
  lang: Lang,
  texts: object,
  record: () => boolean,
): boolean {
  const { revision, entries, receiptEndpoint } = consent.config;
  if (!receiptEndpoint || !prove) return record();
  const text = JSON.stringify({
    v: 1,
    lang,
    revision,
    texts,
    // The entries as the portal wrote them, in the visitor's language, without the core's own key.
    entries: entries
      .map((entry) => entryIn(entry, lang))
      .map(({ id, category, provider, service, cookies, purpose, duration, exempt }) => ({
        id,
        category,
        provider,
        service,
        cookies,
        purpose,
        duration,
        exempt: exempt === true,
      })),
  });
  const digest = charterDigest(text);
  prove(digest);
  const recorded = record();
  if (recorded && !sent.has(digest)) {
    sent.add(digest);
    void post(receiptEndpoint, `{"charter":"${digest}","shown":${text}}`);
  }
  return recorded;
}
