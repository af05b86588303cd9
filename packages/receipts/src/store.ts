import { Batcher } from './batch.js';
import type { Charter } from './charter.js';
import type { Database } from './database.js';
import { canonicalReceipt, sha256, type Receipt } from './receipt.js';
import type { Answer } from './tally.js';

/** What the visitor was shown when they chose: a charter, nothing (a refusal from GPC), or unknown (an earlier widget). */
export type Shown = 'charter' | 'nothing' | 'unknown';

/** A receipt as exports give it. */
export interface StoredReceipt {
  origin: string;
  id: string;
  date: string;
  arrived: string;
  revision: string | null;
  charter: string | null;
  shown: Shown;
  gpc: boolean;
  categories: Record<string, boolean>;
  entries: Record<string, boolean>;
  objections: string[];
}

/** One text of a charter, as it first arrived; several may share a digest. */
export interface StoredCharter {
  origin: string;
  charter: string;
  firstArrived: string;
  shown: unknown;
}

/** Which receipts: one visitor's (`id`), or those that arrived between two Paris days, both included. */
export type Selection = { id: string; origin?: string } | { from: string; to: string; origin?: string };

interface Pending {
  origin: string;
  receipt: Receipt;
  arrived: Date;
}

const COLUMNS = 11;
/** Receipts in one statement at most: 11 parameters each, far under PostgreSQL's 65,535. */
const BATCH = 500;
const PAGE = 2000;
/** A Paris day as SQL: its first instant. */
const parisDay = (param: string) => `(${param}::date::timestamp at time zone 'Europe/Paris')`;

type Row = Record<string, unknown>;
const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

const toStored = (row: Row): StoredReceipt => ({
  origin: row.origin as string,
  id: row.choice_id as string,
  date: iso(row.chosen_at),
  arrived: iso(row.arrived_at),
  revision: (row.revision as string | null) ?? null,
  charter: (row.charter as string | null) ?? null,
  shown: row.gpc ? 'nothing' : row.charter ? 'charter' : 'unknown',
  gpc: row.gpc as boolean,
  categories: row.categories as Record<string, boolean>,
  entries: row.entries as Record<string, boolean>,
  objections: row.objections as string[],
});

/** The receipts and charters in the database: every read and write of the receiver goes through here. */
export class ReceiptStore {
  readonly db: Database;
  readonly #batcher: Batcher<Pending>;

  constructor(db: Database) {
    this.db = db;
    this.#batcher = new Batcher((items) => this.#insert(items), db.lanes, BATCH);
  }

  /** Resolves once the receipt is committed (and flushed); a receipt already stored is not stored again. */
  addReceipt(origin: string, receipt: Receipt, arrived: Date): Promise<void> {
    return this.#batcher.add({ origin, receipt, arrived });
  }

  /** Receipts waiting for their commit. */
  get pending(): number {
    return this.#batcher.pending;
  }

  async #insert(items: Pending[]): Promise<void> {
    const params: unknown[] = [];
    const rows = items.map(({ origin, receipt, arrived }, i) => {
      params.push(
        origin,
        receipt.id,
        receipt.date,
        arrived.toISOString(),
        receipt.revision,
        receipt.charter,
        receipt.gpc,
        JSON.stringify(receipt.categories),
        JSON.stringify(receipt.entries),
        JSON.stringify(receipt.objections),
        sha256(canonicalReceipt(receipt)),
      );
      const at = i * COLUMNS;
      return `($${at + 1}, $${at + 2}, $${at + 3}::timestamptz, $${at + 4}::timestamptz, $${at + 5}, $${at + 6}, $${at + 7}::boolean, $${at + 8}::jsonb, $${at + 9}::jsonb, $${at + 10}::jsonb, $${at + 11})`;
    });
    await this.db.query(
      `insert into receipt (origin, choice_id, chosen_at, arrived_at, revision, charter, gpc, categories, entries, objections, body_sha256)
       values ${rows.join(', ')} on conflict do nothing`,
      params,
    );
  }

  /** Keeps the charter unless this very text is already kept for this origin and digest. */
  async addCharter(origin: string, charter: Charter, arrived: Date): Promise<void> {
    await this.db.query(
      `insert into charter (origin, digest, shown, shown_sha256, first_arrived_at) values ($1, $2, $3, $4, $5::timestamptz) on conflict do nothing`,
      [origin, charter.digest, charter.shown, sha256(charter.shown), arrived.toISOString()],
    );
  }

  /** The selected receipts, oldest arrival first, a page at a time so that a long period never sits in memory whole. */
  async *receipts(selection: Selection): AsyncGenerator<StoredReceipt[]> {
    let after = 0n;
    for (;;) {
      const params: unknown[] = [after.toString()];
      const where = ['seq > $1::bigint'];
      if ('id' in selection) {
        params.push(selection.id);
        where.push(`choice_id = $${params.length}`);
      } else {
        params.push(selection.from, selection.to);
        where.push(`arrived_at >= ${parisDay(`$${params.length - 1}`)}`, `arrived_at < ${parisDay(`($${params.length}::date + 1)`)}`);
      }
      if (selection.origin) {
        params.push(selection.origin);
        where.push(`origin = $${params.length}`);
      }
      const rows = await this.db.query(
        `select seq::text as position, origin, choice_id, chosen_at, arrived_at, revision, charter, gpc, categories, entries, objections
         from receipt where ${where.join(' and ')} order by seq limit ${PAGE}`,
        params,
      );
      if (!rows.length) return;
      yield rows.map(toStored);
      if (rows.length < PAGE) return;
      // `position`, not `seq`: ORDER BY would take an output column named seq, as text, before the table's.
      after = BigInt(rows[rows.length - 1].position as string);
    }
  }

  /** Every text kept under each of these origins and digests, oldest first. */
  async charters(keys: Array<{ origin: string; charter: string }>): Promise<StoredCharter[]> {
    if (!keys.length) return [];
    const rows = await this.db.query(
      `select origin, digest, shown, first_arrived_at from charter
       where (origin, digest) in (select * from unnest($1::text[], $2::text[])) order by first_arrived_at, seq`,
      [keys.map((key) => key.origin), keys.map((key) => key.charter)],
    );
    return rows.map((row) => ({
      origin: row.origin as string,
      charter: row.digest as string,
      firstArrived: iso(row.first_arrived_at),
      shown: JSON.parse(row.shown as string),
    }));
  }

  /** Deletes every receipt of one choice's id (a visitor's request for erasure); returns how many. */
  async erase(id: string, origin?: string): Promise<number> {
    const rows = await this.db.query(
      `with gone as (delete from receipt where choice_id = $1 and ($2::text is null or origin = $2) returning 1) select count(*)::int as n from gone`,
      [id, origin ?? null],
    );
    return rows[0].n as number;
  }

  /** Each id's latest answer on one Paris day, per revision. */
  async answersOfDay(day: string, origin?: string): Promise<Answer[]> {
    const rows = await this.db.query(
      `select distinct on (revision, choice_id) revision, gpc, categories, entries, objections from receipt
       where arrived_at >= ${parisDay('$1')} and arrived_at < ${parisDay('($1::date + 1)')} and ($2::text is null or origin = $2)
       order by revision, choice_id, chosen_at desc, arrived_at desc, seq desc`,
      [day, origin ?? null],
    );
    return rows as unknown as Answer[];
  }

  /** The origins that have sent receipts. */
  async origins(): Promise<string[]> {
    return (await this.db.query<{ origin: string }>(`select distinct origin from receipt order by origin`)).map((row) => row.origin);
  }

  /** Deletes receipts that arrived before the retention period, then the charters no kept receipt answers. */
  async sweep(retentionDays: number): Promise<{ receipts: number; charters: number }> {
    const [receipts] = await this.db.query(
      `with gone as (delete from receipt where arrived_at < now() - make_interval(days => $1::int) returning 1) select count(*)::int as n from gone`,
      [retentionDays],
    );
    const [charters] = await this.db.query(
      `with gone as (delete from charter c where c.first_arrived_at < now() - make_interval(days => $1::int)
         and not exists (select 1 from receipt r where r.origin = c.origin and r.charter = c.digest) returning 1)
       select count(*)::int as n from gone`,
      [retentionDays],
    );
    return { receipts: receipts.n as number, charters: charters.n as number };
  }

  /** The database's size on disk, in bytes. */
  async size(): Promise<number> {
    const [row] = await this.db.query(`select pg_database_size(current_database())::text as bytes`);
    return Number(row.bytes);
  }
}
