import type { PlaceholderTexts } from '../texts.js';

/**
 * The placeholders' words in German, translated from the French ones. The category names keep their
 * capital letters, as German nouns do, also inside a sentence.
 */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} ist deaktiviert',
  placeholderAllow: '{name} zulassen',
  placeholderOpen: 'Cookies verwalten',
  placeholderCategoryTitle: '{category} sind deaktiviert',
  placeholderCategoryAllow: '{category} zulassen',
  placeholderStatistics: 'Statistik-Cookies',
  placeholderStatisticsText: 'Diese Cookies messen die Besucherzahlen der Plattform.',
  placeholderFirstParty: 'Eigene Cookies',
  placeholderFirstPartyText: 'Diese Cookies setzt die Plattform zusätzlich zu den notwendigen Cookies.',
  placeholderThirdParty: 'Drittanbieter-Cookies',
  placeholderThirdPartyText: 'Diese Cookies werden von anderen Websites gesetzt, zum Beispiel für eingebettete Inhalte.',
};
