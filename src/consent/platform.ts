/**
 * The necessary cookies every Opendatasoft portal sets, in the order of the portals' charters: the
 * charter shows them as built-in rows, and refusing never deletes them.
 */
export const PLATFORM_COOKIES = ['sessionid', 'django_language', 'csrftoken', 'cookies_preferences'] as const;
export type PlatformCookie = (typeof PLATFORM_COOKIES)[number];
