import type { PlaceholderTexts } from '../texts.js';

/** The placeholders' words in Dutch, translated from the French ones. */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} is uitgeschakeld',
  placeholderAllow: '{name} toestaan',
  placeholderOpen: 'Cookies beheren',
  placeholderCategoryTitle: 'De {category} zijn uitgeschakeld',
  placeholderCategoryAllow: 'De {category} toestaan',
  placeholderStatistics: 'statistische cookies',
  placeholderStatisticsText: 'Ze meten het bezoek aan het platform.',
  placeholderFirstParty: 'eigen cookies',
  placeholderFirstPartyText: 'Ze worden door het platform geplaatst naast de noodzakelijke cookies.',
  placeholderThirdParty: 'cookies van derden',
  placeholderThirdPartyText: 'Ze worden door andere websites geplaatst, bijvoorbeeld voor ingesloten inhoud.',
};
