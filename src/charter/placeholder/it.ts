import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in Italian, translated from the French ones. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} è disattivato',
  placeholderAllow: 'Autorizza {name}',
  placeholderOpen: 'Gestisci i cookie',
  placeholderCategoryTitle: 'I {category} sono disattivati',
  placeholderCategoryAllow: 'Autorizza i {category}',
  placeholderStatistics: 'cookie statistici',
  placeholderStatisticsText: 'Misurano le visite alla piattaforma.',
  placeholderFirstParty: 'cookie di prima parte',
  placeholderFirstPartyText: 'Sono installati dalla piattaforma in aggiunta ai cookie necessari.',
  placeholderThirdParty: 'cookie di terze parti',
  placeholderThirdPartyText: 'Sono installati da altri siti, ad esempio per contenuti incorporati.',
};
