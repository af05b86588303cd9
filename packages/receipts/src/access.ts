import { createHmac, timingSafeEqual } from 'node:crypto';

/** The dashboard's cookie: an expiry and its signature by the token, so that any receiver can check it and none stores it. */
export const SESSION_COOKIE = 'receipts_session';
export const SESSION_SECONDS = 8 * 3600;

const mac = (key: string, text: string) => createHmac('sha256', key).update(text).digest();

/**
 * Reading rights: the token, compared in constant time (both sides are hashed first, so that neither
 * the content nor the length of the token leaks through the time taken), and failed attempts slowed.
 */
export class Access {
  readonly #token: string;
  readonly #key: Buffer;
  readonly #clock: () => number;
  #failures: number[] = [];

  constructor(token: string, clock: () => number = Date.now) {
    this.#token = token;
    this.#key = mac(token, 'cookie-charter-receipts session');
    this.#clock = clock;
  }

  /** Whether `candidate` is the token. */
  isToken(candidate: string): boolean {
    return timingSafeEqual(mac('compare', candidate), mac('compare', this.#token));
  }

  /** A fresh session cookie's value. */
  session(): string {
    const expires = Math.floor(this.#clock() / 1000) + SESSION_SECONDS;
    return `${expires}.${createHmac('sha256', this.#key).update(String(expires)).digest('hex')}`;
  }

  /** Whether a session cookie's value was signed with this token and has not expired. */
  isSession(value: string): boolean {
    const match = /^(\d{1,12})\.([0-9a-f]{64})$/.exec(value);
    if (!match) return false;
    const expected = createHmac('sha256', this.#key).update(match[1]).digest();
    return timingSafeEqual(expected, Buffer.from(match[2], 'hex')) && Number(match[1]) * 1000 > this.#clock();
  }

  /**
   * Records a failed attempt and says how long to wait before answering it: half a second more for
   * each failure of the last minute, up to ten seconds, so that guessing is slow whoever guesses.
   */
  failed(): number {
    const now = this.#clock();
    this.#failures = this.#failures.filter((at) => now - at < 60_000);
    this.#failures.push(now);
    return Math.min(10_000, 500 * this.#failures.length);
  }
}
