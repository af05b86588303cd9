import Cookies from 'js-cookie';

export const COOKIE_NAME = 'cookies_preferences';

export interface CookieOptions {
  /** Days the cookie is kept. */
  days: number;
  /** `Domain` attribute, or null for a host-only cookie. */
  domain: string | null;
}

/**
 * Reads the raw stored value. `document.cookie` throws in sandboxed frames and may be blocked:
 * both read as "nothing stored".
 */
export function readStored(): string | undefined {
  try {
    return Cookies.get(COOKIE_NAME);
  } catch {
    return undefined;
  }
}

/** Writes the value; returns false when the browser did not keep it (cookies blocked, value refused). */
export function writeStored(value: string, options: CookieOptions): boolean {
  try {
    Cookies.set(COOKIE_NAME, value, {
      path: '/',
      sameSite: 'Lax',
      secure: location.protocol === 'https:',
      expires: options.days,
      ...(options.domain ? { domain: options.domain } : {}),
    });
    return Cookies.get(COOKIE_NAME) === value;
  } catch {
    return false;
  }
}

export function removeStored(domain: string | null): void {
  try {
    Cookies.remove(COOKIE_NAME, { path: '/' });
    if (domain) Cookies.remove(COOKIE_NAME, { path: '/', domain });
  } catch {
    // Nothing stored where cookies cannot be reached.
  }
}
