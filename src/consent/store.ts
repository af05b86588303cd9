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

/** URL-encoded, leaving readable the characters a cookie value may hold as they are (`{`, `:`…). */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/%(2[346BF]|3[AC-F]|40|5[BDE]|60|7[BCD])/g, decodeURIComponent);

/** The bytes `name=value` takes in the browser's cookie jar. */
export const storedSize = (value: string) => COOKIE_NAME.length + 1 + encode(value).length;

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

const write = (value: string, attributes: string, domain: string | null) => {
  document.cookie = `${COOKIE_NAME}=${value}; Path=/${attributes}${domain ? `; Domain=${domain}` : ''}`;
};

/** Writes the value; returns false when the browser did not keep it (cookies blocked or ignored). */
export function writeStored(value: string, options: CookieOptions): boolean {
  try {
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    write(encode(value), `; Max-Age=${options.days * 86400}; SameSite=Lax${secure}`, options.domain);
    return readStored() === value;
  } catch {
    return false;
  }
}

export function removeStored(domain: string | null): void {
  try {
    write('', '; Max-Age=0', null);
    if (domain) write('', '; Max-Age=0', domain);
  } catch {
    // Nothing stored where cookies cannot be reached.
  }
}
