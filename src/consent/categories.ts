/** The four kinds of cookies that the charter explains. */
export const CATEGORIES = ['necessary', 'statistics', 'first-party', 'third-party'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The kinds a visitor chooses; `necessary` is always allowed. */
export const OPTIONAL_CATEGORIES = ['statistics', 'first-party', 'third-party'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

export const isCategory = (value: unknown): value is Category =>
  (CATEGORIES as readonly unknown[]).includes(value);

export const isOptionalCategory = (value: unknown): value is OptionalCategory =>
  (OPTIONAL_CATEGORIES as readonly unknown[]).includes(value);

/** Entry ids: short, cookie-safe, and never a category name. */
export const ENTRY_ID = /^[A-Za-z0-9_.:-]{1,64}$/;
