import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Dutch, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Uw cookiekeuzes',
  bannerText:
    'Om u de best mogelijke dienstverlening te bieden, gebruiken wij cookies om de goede werking ervan te verzekeren. Noodzakelijke cookies zijn altijd actief; de andere worden alleen met uw toestemming geplaatst. Uw keuze wordt gedurende {kept} bewaard en kan op elk moment worden gewijzigd.',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  choiceKept: 'Uw keuze is opgeslagen.',
  policy: 'Privacyverklaring',
  exemptNotice:
    'Alleen anonieme bezoekersmeting, waarvoor geen toestemming nodig is, is actief zonder dat u ermee hebt ingestemd; u kunt er bezwaar tegen maken.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# maand', other: '# maanden' };
