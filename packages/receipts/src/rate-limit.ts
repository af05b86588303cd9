/**
 * A token bucket per origin, in memory: each origin may send `rate` requests a second on average and
 * ten seconds' worth at once. `Origin` can be forged, so this bounds what a flood can write, per
 * listed origin and per receiver process.
 */
export class RateLimit {
  readonly #rate: number;
  readonly #burst: number;
  readonly #clock: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(rate: number, clock: () => number = () => performance.now()) {
    this.#rate = rate;
    this.#burst = rate * 10;
    this.#clock = clock;
  }

  /** Takes `cost` tokens from the origin's bucket; false when it has not that many. */
  take(origin: string, cost = 1): boolean {
    const now = this.#clock();
    const bucket = this.#buckets.get(origin) ?? { tokens: this.#burst, at: now };
    bucket.tokens = Math.min(this.#burst, bucket.tokens + ((now - bucket.at) / 1000) * this.#rate);
    bucket.at = now;
    this.#buckets.set(origin, bucket);
    if (bucket.tokens < cost) return false;
    bucket.tokens -= cost;
    return true;
  }
}
