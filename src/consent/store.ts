import Cookies from 'js-cookie';
import { expireEverywhere } from './jar.js';

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

const STORED = new RegExp(`(?:^|;\\s*)${COOKIE_NAME}=([^;]*)`, 'g');

/**
 * Every raw stored value the page can read, in `document.cookie`'s order: the same name may be held at
 * several domains and paths (a changed `cookie-domain`, another subdomain's write). `document.cookie`
 * throws in sandboxed frames and may be blocked: both read as nothing stored, as does a value that is
 * not valid URL encoding.
 */
export function readStored(): string[] {
  const values: string[] = [];
  try {
    for (const [, value] of document.cookie.matchAll(STORED)) {
      try {
        values.push(decodeURIComponent(value));
      } catch {
        // not a value the widget wrote
      }
    }
  } catch {
    // cookies cannot be reached
  }
  return values;
}

/*
 * js-cookie writes the cookie. It is read above with one expression rather than with js-cookie's
 * get(), which gives only one of several cookies of the same name.
 */

/**
 * Writes the value, then removes every other copy of the cookie the page can reach, so that no older
 * one can come back. Returns false when the browser did not keep it (cookies blocked or ignored).
 */
export function writeStored(value: string, options: CookieOptions): boolean {
  const set = () =>
    Cookies.set(COOKIE_NAME, value, {
      path: '/',
      ...(options.domain ? { domain: options.domain } : {}),
      sameSite: 'Lax',
      secure: location.protocol === 'https:',
      expires: options.days,
    });
  try {
    set();
    if (!readStored().includes(value)) return false;
    // `Domain=.example.fr` and `Domain=example.fr` are the same place.
    expireEverywhere(COOKIE_NAME, { domain: options.domain?.replace(/^\./, '') ?? '', path: '/' });
    // A browser may take two of those places for one (`Domain=localhost` and host-only): written again.
    if (!readStored().includes(value)) set();
    return readStored().includes(value);
  } catch {
    return false;
  }
}

/** Removes every copy of the cookie the page can reach. */
export function removeStored(): void {
  try {
    expireEverywhere(COOKIE_NAME);
  } catch {
    // Nothing stored where cookies cannot be reached.
  }
}
