import type { PlaceholderTexts } from '../texts.js';

/**
 * The placeholders' words in Arabic (Modern Standard Arabic), translated from the French ones.
 * `{category}` is one of the category names below, joined to the preposition `ب`; `{name}`, often in
 * Latin script, sits between the isolates U+2068 and U+2069.
 */
export const placeholder: PlaceholderTexts = {
  placeholderTitle: 'تم تعطيل \u2068{name}\u2069',
  placeholderAllow: 'السماح بـ\u2068{name}\u2069',
  placeholderOpen: 'إدارة ملفات تعريف الارتباط',
  placeholderCategoryTitle: 'تم تعطيل {category}',
  placeholderCategoryAllow: 'السماح ب{category}',
  placeholderStatistics: 'ملفات تعريف الارتباط الإحصائية',
  placeholderStatisticsText: 'تقيس عدد زيارات المنصة.',
  placeholderFirstParty: 'ملفات تعريف الارتباط الداخلية',
  placeholderFirstPartyText: 'تضعها المنصة إضافةً إلى ملفات تعريف الارتباط الضرورية.',
  placeholderThirdParty: 'ملفات تعريف الارتباط التابعة لجهات خارجية',
  placeholderThirdPartyText: 'تضعها مواقع أخرى، مثلًا من أجل المحتوى المضمَّن.',
};
