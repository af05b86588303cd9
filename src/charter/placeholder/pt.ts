import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in Portuguese (European spelling), translated from the French ones. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} está desativado',
  placeholderAllow: 'Autorizar {name}',
  placeholderOpen: 'Gerir os cookies',
  placeholderCategoryTitle: 'Os {category} estão desativados',
  placeholderCategoryAllow: 'Autorizar os {category}',
  placeholderStatistics: 'cookies estatísticos',
  placeholderStatisticsText: 'Medem as visitas à plataforma.',
  placeholderFirstParty: 'cookies próprios',
  placeholderFirstPartyText: 'São instalados pela plataforma para além dos cookies necessários.',
  placeholderThirdParty: 'cookies de terceiros',
  placeholderThirdPartyText: 'São instalados por outros sítios, por exemplo para conteúdos incorporados.',
};
