import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in English. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} is turned off',
  placeholderAllow: 'Allow {name}',
  placeholderOpen: 'Manage cookies',
  placeholderCategoryTitle: 'Content that uses {category} is turned off',
  placeholderCategoryAllow: 'Allow {category}',
  placeholderStatistics: 'statistics cookies',
  placeholderStatisticsText: 'They measure how the platform is used.',
  placeholderFirstParty: 'first-party cookies',
  placeholderFirstPartyText: 'They are set by the platform in addition to necessary cookies.',
  placeholderThirdParty: 'third-party cookies',
  placeholderThirdPartyText: 'They are set by other sites, for example for embedded content.',
};
