import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in Spanish, translated from the French ones. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} está desactivado',
  placeholderAllow: 'Autorizar {name}',
  placeholderOpen: 'Gestionar las cookies',
  placeholderCategoryTitle: 'Las {category} están desactivadas',
  placeholderCategoryAllow: 'Autorizar las {category}',
  placeholderStatistics: 'cookies estadísticas',
  placeholderStatisticsText: 'Miden las visitas a la plataforma.',
  placeholderFirstParty: 'cookies propias',
  placeholderFirstPartyText: 'Las instala la plataforma además de las cookies necesarias.',
  placeholderThirdParty: 'cookies de terceros',
  placeholderThirdPartyText: 'Las instalan otros sitios, por ejemplo para contenidos integrados.',
};
