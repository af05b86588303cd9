import { fsyncSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { log } from './log.js';

/** The SQL the store needs, the same on PGlite and on a PostgreSQL server. */
export interface Database {
  kind: 'pglite' | 'postgresql';
  /** One statement, in its own transaction unless it is part of one. */
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Several statements separated by semicolons, without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** How many statements may run at once: PGlite runs one at a time. */
  lanes: number;
  close(): Promise<void>;
}

/**
 * PGlite's start-up flags, less `-F` (its default turns fsync off) and with `wal_sync_method=fsync`, so
 * that a commit calls fsync() on its WAL, and a checkpoint on its data files, as a PostgreSQL server does.
 */
const PGLITE_START = [
  '--single',
  '-O',
  '-j',
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'max_worker_processes=0', 'max_parallel_workers=0'],
  ...['max_parallel_workers_per_gather=0', 'io_method=sync', 'max_parallel_maintenance_workers=0', 'wal_sync_method=fsync'],
].flatMap((flag) => (flag.includes('=') ? ['-c', flag] : [flag]));

interface NodeFsStream {
  nfd?: number;
}

/**
 * PGlite runs PostgreSQL compiled to WebAssembly over Node's file system, whose emulation ignores
 * fsync(): the store gives it one that reaches the disk. Without it, a commit would be in the system's
 * cache only, and lost on a power cut.
 */
function flushToDisk(db: PGlite): boolean {
  const ops = (db as unknown as { mod?: { NODEFS?: { stream_ops?: Record<string, unknown> } } }).mod?.NODEFS?.stream_ops;
  if (!ops) return false;
  ops.fsync = (stream: NodeFsStream) => {
    if (stream.nfd !== undefined) fsyncSync(stream.nfd);
    return 0;
  };
  return true;
}

export async function openPglite(dataDir: string): Promise<Database> {
  const db = await PGlite.create(dataDir, { startParams: PGLITE_START });
  if (!flushToDisk(db))
    log('warning', 'this PGlite does not let the store flush commits to disk: a power cut may lose the latest receipts');
  const setting = await db.query<{ fsync: string }>(`select current_setting('fsync') as fsync`);
  if (setting.rows[0]?.fsync !== 'on') log('warning', 'PGlite runs with fsync off: a power cut may lose the latest receipts');
  return {
    kind: 'pglite',
    lanes: 1,
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await db.query<Row>(sql, params)).rows;
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 8,
    connectionTimeoutMillis: 5000,
    // A write that waits longer than this is answered 503: the widget does not wait for it anyway.
    query_timeout: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'cookie-charter-receipts',
  });
  // A connection dropped while idle (the server restarted) must not end the process; the next query reconnects.
  pool.on('error', (error) => log('warning', `PostgreSQL connection lost: ${error.message}`));
  const client = await pool.connect();
  client.release();
  return {
    kind: 'postgresql',
    lanes: 4,
    async query<Row>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as Row[];
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}
