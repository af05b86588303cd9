import type { PlaceholderTexts } from '../texts.js';

/**
 * The placeholders' words in Swedish, translated from the French ones. `{category}` is one of the
 * category names below, an indefinite plural, never at the start of a sentence.
 */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} är avstängt',
  placeholderAllow: 'Tillåt {name}',
  placeholderOpen: 'Hantera kakor',
  placeholderCategoryTitle: 'Innehåll som använder {category} är avstängt',
  placeholderCategoryAllow: 'Tillåt {category}',
  placeholderStatistics: 'statistikkakor',
  placeholderStatisticsText: 'De mäter hur många som besöker plattformen.',
  placeholderFirstParty: 'förstapartskakor',
  placeholderFirstPartyText: 'De sätts av plattformen utöver de nödvändiga kakorna.',
  placeholderThirdParty: 'tredjepartskakor',
  placeholderThirdPartyText: 'De sätts av andra webbplatser, till exempel för inbäddat innehåll.',
};
