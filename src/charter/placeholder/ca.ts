import type { PlaceholderTexts } from '../texts.js';

/**
 * The placeholders' words in Catalan, translated from the French ones. `{category}` is one of the
 * category names below, feminine plural, after the article `les`.
 */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} està desactivat',
  placeholderAllow: 'Autoritzar {name}',
  placeholderOpen: 'Gestionar les galetes',
  placeholderCategoryTitle: 'Les {category} estan desactivades',
  placeholderCategoryAllow: 'Autoritzar les {category}',
  placeholderStatistics: 'galetes estadístiques',
  placeholderStatisticsText: 'Mesuren les visites a la plataforma.',
  placeholderFirstParty: 'galetes pròpies',
  placeholderFirstPartyText: 'Les instal·la la plataforma a més de les galetes necessàries.',
  placeholderThirdParty: 'galetes de tercers',
  placeholderThirdPartyText: 'Les instal·len altres llocs, per exemple per a continguts incrustats.',
};
