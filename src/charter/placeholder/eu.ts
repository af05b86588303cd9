import type { PlaceholderTexts } from '../texts.js';

/**
 * The placeholders' words in Basque, translated from the French ones. `{category}` is one of the
 * category names below, a plural in the absolutive: it is never declined, so it stands after the verb.
 */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: '{name} desaktibatuta dago',
  placeholderAllow: 'Baimendu {name}',
  placeholderOpen: 'Kudeatu cookieak',
  placeholderCategoryTitle: 'Desaktibatuta daude {category}',
  placeholderCategoryAllow: 'Baimendu {category}',
  placeholderStatistics: 'estatistika-cookieak',
  placeholderStatisticsText: 'Plataformaren bisita kopurua neurtzen dute.',
  placeholderFirstParty: 'cookie propioak',
  placeholderFirstPartyText: 'Plataformak ezartzen ditu, beharrezko cookieez gain.',
  placeholderThirdParty: 'hirugarrenen cookieak',
  placeholderThirdPartyText: 'Beste webgune batzuek ezartzen dituzte, adibidez txertatutako edukietarako.',
};
