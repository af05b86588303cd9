import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in French. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} est désactivé',
  placeholderAllow: 'Autoriser {name}',
  placeholderOpen: 'Gérer les cookies',
  placeholderCategoryTitle: 'Les {category} sont désactivés',
  placeholderCategoryAllow: 'Autoriser les {category}',
  placeholderStatistics: 'cookies statistiques',
  placeholderStatisticsText: 'Ils mesurent la fréquentation de la plateforme.',
  placeholderFirstParty: 'cookies internes',
  placeholderFirstPartyText: 'Ils sont déposés par la plateforme en plus des cookies nécessaires.',
  placeholderThirdParty: 'cookies tiers',
  placeholderThirdPartyText: 'Ils sont déposés par d’autres sites, par exemple pour des contenus intégrés.',
};
