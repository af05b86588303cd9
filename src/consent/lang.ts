/** The language a `lang` value names, by its first two letters (`fr-FR` is `fr`): '' when neither fr nor en. */
export function langOf(value: string): 'fr' | 'en' | '' {
  const asked = value.trim().toLowerCase().slice(0, 2);
  return asked === 'fr' || asked === 'en' ? asked : '';
}
