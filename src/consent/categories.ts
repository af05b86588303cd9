/** The kinds a visitor chooses; `necessary` is always allowed. */
export const OPTIONAL_CATEGORIES = ['statistics', 'first-party', 'third-party'] as const;
export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

/** The four kinds of cookies that the charter explains. */
export type Category = 'necessary' | OptionalCategory;

// A Set, not Array.prototype.includes: the core keeps working on pages that replaced Array methods.
const OPTIONAL = new Set<unknown>(OPTIONAL_CATEGORIES);

export const isOptionalCategory = (value: unknown): value is OptionalCategory => OPTIONAL.has(value);

export const isCategory = (value: unknown): value is Category => value === 'necessary' || isOptionalCategory(value);

/** Entry ids: short and cookie-safe. */
export const ENTRY_ID = /^[\w.:-]{1,64}$/;

/** Charter revisions, in the `revision` attribute and in a stored choice: short printable ASCII. */
export const REVISION = /^[ -~]{1,64}$/;

/** The necessary cookies every Opendatasoft portal sets: the built-in rows of the charter. */
export const BUILTIN_COOKIES = ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences'];
