import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Portuguese (European spelling), translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'As suas escolhas sobre cookies',
  bannerText:
    'Para lhe oferecer o melhor serviço possível, utilizamos cookies para assegurar o seu bom funcionamento. Os cookies necessários estão sempre ativos; os restantes só são instalados com a sua autorização. A sua escolha é conservada durante {kept} e pode ser alterada a qualquer momento.',
  acceptAll: 'Aceitar todos',
  rejectAll: 'Recusar todos',
  customize: 'Personalizar',
  choiceKept: 'A sua escolha foi guardada.',
  policy: 'Política de privacidade',
  exemptNotice: 'Apenas a medição de audiência anónima, isenta de consentimento, está ativa sem a sua autorização; pode opor-se a ela.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# mês', other: '# meses' };
