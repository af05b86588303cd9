import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in English. */
export const banner: BannerTexts = {
  bannerTitle: 'Your cookie choices',
  bannerText:
    'We use cookies so that this platform works as well as it can. Necessary cookies are always on; the others are only set if you agree. Your choice is kept for {kept} and can be changed at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customise',
  choiceKept: 'Your choice has been saved.',
  policy: 'Privacy policy',
  exemptNotice: 'Only anonymous audience measurement, exempt from consent, is on without your agreement; you can object to it.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# month', other: '# months' };
