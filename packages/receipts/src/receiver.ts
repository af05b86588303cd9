import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Access } from './access.js';
import type { Config } from './config.js';
import { openPglite, openPostgres, type Database } from './database.js';
import { lockFolder } from './lock.js';
import { log } from './log.js';
import { RateLimit } from './rate-limit.js';
import { migrate } from './schema.js';
import { createHandler } from './server.js';
import { ReceiptStore } from './store.js';

export interface Receiver {
  /** Where it listens, `http://HOST:PORT`. */
  url: string;
  store: ReceiptStore;
  /** Stops taking requests, lets those in progress end, then closes the database. */
  close(): Promise<void>;
}

/** How often the receiver's timers run; the command uses the defaults, tests shorten them. */
export interface ReceiverTimers {
  /** Between two reads of the database's size against its cap: 30 s. */
  sizeCheckMs?: number;
  /** Between two retention sweeps: an hour. */
  sweepMs?: number;
}

const SIZE_CHECK_MS = 30_000;
const SWEEP_MS = 3600_000;

/** The dashboard's script and stylesheet, built beside this file (dist/assets/). */
const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/**
 * Starts a receiver: the database (PGlite in its folder, locked, or a PostgreSQL server), its tables,
 * the size check, the retention sweep (every `timers`, 30 s and an hour by default), and the HTTP server.
 */
export async function startReceiver(
  config: Config,
  { sizeCheckMs = SIZE_CHECK_MS, sweepMs = SWEEP_MS }: ReceiverTimers = {},
): Promise<Receiver> {
  let unlock = () => {};
  let db: Database;
  if (config.databaseUrl) db = await openPostgres(config.databaseUrl);
  else {
    unlock = await lockFolder(config.dataDir);
    try {
      db = await openPglite(config.dataDir);
    } catch (error) {
      unlock();
      throw error;
    }
  }
  await migrate(db);
  const store = new ReceiptStore(db);
  const state = { full: false };

  const checkSize = async () => {
    try {
      const bytes = await store.size();
      const full = bytes > config.maxDatabaseBytes;
      if (full !== state.full)
        log(
          full ? 'error' : 'info',
          full
            ? `the database takes ${Math.round(bytes / 2 ** 20)} MB, over RECEIPTS_MAX_DB_MB (${Math.round(config.maxDatabaseBytes / 2 ** 20)} MB): receipts are refused (503) until the retention sweep, an erasure or an operator frees space, or the cap is raised`
            : `the database takes ${Math.round(bytes / 2 ** 20)} MB, under RECEIPTS_MAX_DB_MB again: receipts are taken`,
        );
      state.full = full;
    } catch {
      // The database is unreachable: writes fail on their own, with 503.
    }
  };
  const sweep = async () => {
    try {
      const gone = await store.sweep(config.retentionDays);
      if (gone.receipts || gone.charters)
        log('info', `retention (${config.retentionDays} days): deleted ${gone.receipts} receipts and ${gone.charters} charters`);
    } catch (error) {
      log('warning', `retention sweep failed, tried again in an hour: ${(error as Error).message}`);
    }
  };
  await checkSize();
  await sweep();
  const timers = [setInterval(checkSize, sizeCheckMs), setInterval(sweep, sweepMs)];
  for (const timer of timers) timer.unref();

  const handler = createHandler({
    config,
    store,
    access: new Access(config.token),
    rate: new RateLimit(config.ratePerOrigin),
    state,
    assets: { js: asset('dashboard.js'), css: asset('dashboard.css') },
  });
  // Slow requests are cut: headers within 5 s, the whole request within 10 s, checked every second.
  const server: Server = createServer(
    { maxHeaderSize: 8192, requestTimeout: 10_000, headersTimeout: 5_000, connectionsCheckingInterval: 1000 },
    handler,
  );
  server.keepAliveTimeout = 5_000;
  server.maxHeadersCount = 64;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  log(
    'info',
    `receiving on http://${host}:${address.port}/receipts, ${db.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}, from ${[...config.origins].join(', ')}`,
  );

  return {
    url: `http://${host}:${address.port}`,
    store,
    async close() {
      for (const timer of timers) clearInterval(timer);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await db.close();
      unlock();
    },
  };
}
