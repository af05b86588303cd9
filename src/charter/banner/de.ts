import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in German, translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'Ihre Cookie-Einstellungen',
  bannerText:
    'Um Ihnen den bestmöglichen Service zu bieten und dessen einwandfreies Funktionieren sicherzustellen, verwenden wir Cookies. Notwendige Cookies sind immer aktiv; die übrigen werden nur mit Ihrer Zustimmung gesetzt. Ihre Auswahl wird {kept} lang gespeichert und kann jederzeit geändert werden.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  choiceKept: 'Ihre Auswahl wurde gespeichert.',
  policy: 'Datenschutzerklärung',
  exemptNotice:
    'Nur die anonyme, von der Einwilligungspflicht ausgenommene Reichweitenmessung ist ohne Ihre Zustimmung aktiv; Sie können ihr widersprechen.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: '# Monat', other: '# Monate' };
