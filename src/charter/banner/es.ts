import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Spanish, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Sus opciones sobre las cookies',
  bannerText:
    'Para ofrecerle el mejor servicio posible, utilizamos cookies para garantizar su correcto funcionamiento. Las cookies necesarias están siempre activas; las demás solo se instalan con su autorización. Su elección se conserva durante {kept} y puede modificarse en cualquier momento.',
  acceptAll: 'Aceptar todas',
  rejectAll: 'Rechazar todas',
  customize: 'Personalizar',
  choiceKept: 'Su elección se ha guardado.',
  policy: 'Política de privacidad',
  exemptNotice:
    'Solo la medición de audiencia anónima, exenta de consentimiento, está activa sin su autorización; usted puede oponerse a ella.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# mes', other: '# meses' };
