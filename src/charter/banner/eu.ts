import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Basque, translated from the French ones. */
// The months are counted with the noun in the instrumental ("6 hilabetez"), which Basque uses for how long.
export const banner: BannerTexts = {
  bannerTitle: 'Cookieei buruzko zure aukerak',
  bannerText:
    'Ahalik eta zerbitzurik onena eskaintzeko, cookieak erabiltzen ditugu zerbitzuak behar bezala funtziona dezan. Beharrezko cookieak beti daude aktibo; gainerakoak zure onespenarekin soilik ezartzen dira. Zure aukera {months} hilabetez gordetzen da, eta edonoiz alda dezakezu.',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Pertsonalizatu',
  choiceKept: 'Zure aukera gorde da.',
  policy: 'Pribatutasun-politika',
  exemptNotice:
    'Baimenetik salbuetsitako audientzia-neurketa anonimoa baino ez dago aktibo zure onespenik gabe; haren aurka egin dezakezu.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { other: '# hilabete' };
