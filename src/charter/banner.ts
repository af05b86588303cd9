import type { Consent } from '../consent/consent.js';
import type { BannerTexts, Lang } from './texts.js';

/**
 * The banner's words in each language. They are few, so they ship inside the UI file: the banner
 * shows as soon as that one file has loaded, whatever the page's language.
 */
export const BANNER_TEXTS: Record<Lang, BannerTexts> = {
  fr: {
    bannerTitle: 'Vos choix concernant les cookies',
    bannerText:
      'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement. Les cookies nécessaires sont toujours actifs ; les autres ne sont déposés qu’avec votre accord. Votre choix est conservé {kept} et modifiable à tout moment.',
    acceptAll: 'Tout accepter',
    rejectAll: 'Tout refuser',
    customize: 'Personnaliser',
    choiceKept: 'Votre choix est enregistré.',
    policy: 'Politique de confidentialité',
    exemptNotice:
      'Seule la mesure d’audience anonyme, exemptée de consentement, est active sans votre accord ; vous pouvez vous y opposer.',
  },
  en: {
    bannerTitle: 'Your cookie choices',
    bannerText:
      'We use cookies so that this platform works as well as it can. Necessary cookies are always on; the others are only set if you agree. Your choice is kept for {kept} and can be changed at any time.',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customise',
    choiceKept: 'Your choice has been saved.',
    policy: 'Privacy policy',
    exemptNotice: 'Only anonymous audience measurement, exempt from consent, is on without your agreement; you can object to it.',
  },
};

/**
 * What follows the banner's text and the dialog's introduction while exempt audience measurement is on:
 * an exempt entry the visitor has not objected to. Once they objected to each, it would be untrue.
 */
export const exemptNotice = (consent: Consent, texts: BannerTexts) =>
  consent.config.entries.some((entry) => entry.exempt && consent.allowsEntry(entry)) ? ` ${texts.exemptNotice}` : '';
