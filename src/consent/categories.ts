/** The kinds a visitor chooses; `necessary` is always allowed. */
export const OPTIONAL_CATEGORIES = ['statistics', 'first-party', 'third-party'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** The four kinds of cookies that the charter explains. */
export type Category = 'necessary' | OptionalCategory;

export const isOptionalCategory = (value: unknown): value is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly unknown[]).includes(value);

export const isCategory = (value: unknown): value is Category => value === 'necessary' || isOptionalCategory(value);
