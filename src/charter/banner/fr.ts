import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in French, the charter’s own language. */
export const banner: BannerTexts = {
  bannerTitle: 'Vos choix concernant les cookies',
  bannerText:
    'Afin de vous proposer le meilleur service possible nous utilisons des cookies pour assurer son bon fonctionnement. Les cookies nécessaires sont toujours actifs ; les autres ne sont déposés qu’avec votre accord. Votre choix est conservé {kept} et modifiable à tout moment.',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  choiceKept: 'Votre choix est enregistré.',
  policy: 'Politique de confidentialité',
  exemptNotice: 'Seule la mesure d’audience anonyme, exemptée de consentement, est active sans votre accord ; vous pouvez vous y opposer.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { other: '#\u00a0mois' };
