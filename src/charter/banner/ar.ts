import type { PluralWords } from '../plural.js';
import type { BannerTexts } from '../texts.js';

/** The banner's words in Arabic (Modern Standard Arabic), translated from the French ones. */
export const banner: BannerTexts = {
  bannerTitle: 'اختياراتك بشأن ملفات تعريف الارتباط',
  bannerText:
    'لنقدّم لك أفضل خدمة ممكنة، نستخدم ملفات تعريف الارتباط لضمان حسن سيرها. ملفات تعريف الارتباط الضرورية مفعّلة دائمًا؛ أما غيرها فلا توضع إلا بموافقتك. يُحتفظ باختيارك لمدة {kept}، ويمكنك تعديله في أي وقت.',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  choiceKept: 'تم حفظ اختيارك.',
  policy: 'سياسة الخصوصية',
  exemptNotice: 'لا يُفعَّل دون موافقتك سوى قياس الجمهور المجهول الهوية، المعفى من الموافقة؛ ويمكنك الاعتراض عليه.',
};

/** How long a choice is kept, in months (`{kept}`), as `Intl.NumberFormat` writes them. */
export const months: PluralWords = { one: 'شهر', two: 'شهران', few: '# أشهر', many: '# شهرًا', other: '# شهر' };
