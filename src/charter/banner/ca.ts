import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Catalan, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Les vostres opcions sobre les galetes',
  bannerText:
    'Per oferir-vos el millor servei possible, utilitzem galetes per garantir-ne el bon funcionament. Les galetes necessàries sempre estan actives; les altres només s’instal·len amb el vostre acord. La vostra elecció es conserva durant {kept} i la podeu modificar en qualsevol moment.',
  acceptAll: 'Acceptar-ho tot',
  rejectAll: 'Rebutjar-ho tot',
  customize: 'Personalitzar',
  choiceKept: 'S’ha desat la vostra elecció.',
  policy: 'Política de privadesa',
  exemptNotice: 'Només la mesura d’audiència anònima, exempta de consentiment, està activa sense el vostre acord; us hi podeu oposar.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# mes', other: '# mesos' };
