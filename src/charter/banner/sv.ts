import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Swedish, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Dina val om kakor',
  bannerText:
    'För att kunna erbjuda dig bästa möjliga service använder vi kakor som ser till att den fungerar väl. Nödvändiga kakor är alltid aktiva; övriga sätts bara med ditt samtycke. Ditt val sparas i {kept} och kan ändras när som helst.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  choiceKept: 'Ditt val har sparats.',
  policy: 'Integritetspolicy',
  exemptNotice: 'Endast anonym besöksmätning, som är undantagen från samtycke, är aktiv utan ditt samtycke; du kan invända mot den.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# månad', other: '# månader' };
