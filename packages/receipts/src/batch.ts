/**
 * Group commit: writes wait in a queue while the database is busy, and go together in the next
 * statement, one commit and one flush for all. An idle database takes a write at once, so a quiet
 * portal waits for nothing; a busy one shares each flush among many receipts.
 */
export class Batcher<Item> {
  readonly #write: (items: Item[]) => Promise<void>;
  readonly #lanes: number;
  readonly #max: number;
  #running = 0;
  #queue: Array<{ item: Item; done: (error?: unknown) => void }> = [];

  /** `write` stores its items in one statement; `lanes` statements may run at once, each of `max` items at most. */
  constructor(write: (items: Item[]) => Promise<void>, lanes: number, max: number) {
    this.#write = write;
    this.#lanes = lanes;
    this.#max = max;
  }

  /** Resolves once `item` is committed, and rejects when the statement that carried it failed. */
  add(item: Item): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, done: (error) => (error === undefined ? resolve() : reject(error)) });
      this.#next();
    });
  }

  /** Writes waiting or running. */
  get pending(): number {
    return this.#queue.length + this.#running;
  }

  #next(): void {
    while (this.#running < this.#lanes && this.#queue.length) {
      const batch = this.#queue.splice(0, this.#max);
      this.#running++;
      this.#write(batch.map(({ item }) => item)).then(
        () => this.#settle(batch),
        (error) => this.#settle(batch, error ?? new Error('write failed')),
      );
    }
  }

  #settle(batch: Array<{ done: (error?: unknown) => void }>, error?: unknown): void {
    this.#running--;
    for (const { done } of batch) done(error);
    this.#next();
  }
}
