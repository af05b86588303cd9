import Cookies from 'js-cookie';

export const COOKIE_NAME = 'cookies_preferences';
/**
 * The most `cookies_preferences=…` may take. Browsers drop a cookie over 4096 bytes without a word;
 * the widget refuses a choice before that, with a warning, and leaves room for rounding by the browser.
 */
export const COOKIE_LIMIT = 4000;

export interface CookieOptions {
  /** Days the cookie is kept. */
  days: number;
  /** `Domain` attribute, or null for a host-only cookie. */
  domain: string | null;
}

/** The bytes `name=value` takes in the browser's cookie jar, encoded the way js-cookie writes it. */
export const storedSize = (value: string) => COOKIE_NAME.length + 1 + Cookies.converter.write(value, COOKIE_NAME).length;

/**
 * Reads the raw stored value. `document.cookie` throws in sandboxed frames and may be blocked:
 * both read as "nothing stored", as does a value that is not valid URL encoding.
 */
export function readStored(): string | undefined {
  try {
    const value = /(?:^|;\s*)cookies_preferences=([^;]*)/.exec(document.cookie)?.[1];
    return value === undefined ? value : decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/*
 * js-cookie writes and removes the cookie. It is read above with one expression rather than with
 * js-cookie's get(), which goes through Array.prototype methods that a broken page may have replaced.
 */
const attributes = (domain: string | null) => ({ path: '/', ...(domain ? { domain } : {}) });

/** Writes the value; returns false when the browser did not keep it (cookies blocked or ignored). */
export function writeStored(value: string, options: CookieOptions): boolean {
  try {
    Cookies.set(COOKIE_NAME, value, {
      ...attributes(options.domain),
      sameSite: 'Lax',
      secure: location.protocol === 'https:',
      expires: options.days,
    });
    return readStored() === value;
  } catch {
    return false;
  }
}

export function removeStored(domain: string | null): void {
  try {
    Cookies.remove(COOKIE_NAME, attributes(null));
    if (domain) Cookies.remove(COOKIE_NAME, attributes(domain));
  } catch {
    // Nothing stored where cookies cannot be reached.
  }
}
