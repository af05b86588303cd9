import type { Lang, PlaceholderTexts } from './texts.js';

/**
 * The placeholders' words in each language, in the placeholders' own file: a page whose embeds are
 * blocked shows them without downloading the banner or the charter. `{name}` is an entry's provider,
 * `{category}` one of the category names below.
 */
export const PLACEHOLDER_TEXTS: Record<Lang, PlaceholderTexts> = {
  fr: {
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
  },
  en: {
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
  },
};
