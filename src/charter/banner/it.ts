import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Italian, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Le sue scelte sui cookie',
  bannerText:
    'Per offrirle il miglior servizio possibile utilizziamo i cookie per garantirne il corretto funzionamento. I cookie necessari sono sempre attivi; gli altri vengono installati solo con il suo consenso. La sua scelta viene conservata per {kept} e può essere modificata in qualsiasi momento.',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  choiceKept: 'La sua scelta è stata registrata.',
  policy: 'Informativa sulla privacy',
  exemptNotice:
    'Solo la misurazione anonima dell’audience, esente da consenso, è attiva anche senza la sua autorizzazione; lei può opporvisi.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# mese', other: '# mesi' };
