import { readConfig } from './config.js';
import { FolderInUse } from './lock.js';
import { log } from './log.js';
import { startReceiver } from './receiver.js';

declare const RECEIPTS_VERSION: string;

const USAGE = `cookie-charter-receipts: stores the receipts of consent that cookie-charter sends.

Environment:
  RECEIPTS_TOKEN           required: the secret that reads receipts (16 characters or more)
  RECEIPTS_ORIGINS         required: the portals whose receipts are accepted, comma-separated
  HOST, PORT               where to listen (127.0.0.1:8787)
  DATABASE_URL             a PostgreSQL server (postgres://…); without it, PGlite in RECEIPTS_DATA
  RECEIPTS_DATA            PGlite's folder (./receipts-data)
  RECEIPTS_RETENTION_DAYS  days receipts are kept (1826; 395 at least)
  RECEIPTS_RATE            receipts a second per origin (50)
  RECEIPTS_MAX_DB_MB       the database's size cap, in MB (2048)
`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (args.includes('--version')) {
  process.stdout.write(`${RECEIPTS_VERSION}\n`);
  process.exit(0);
}
if (args.length) {
  process.stderr.write(`Unknown argument ${args[0]}: the receiver is set up through its environment.\n\n${USAGE}`);
  process.exit(2);
}

const read = readConfig(process.env);
if (read.problems) {
  process.stderr.write(`${read.problems.join('\n')}\n\nRun cookie-charter-receipts --help for every setting.\n`);
  process.exit(2);
}

try {
  const receiver = await startReceiver(read.config);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('info', `${signal}: stopping once the requests in progress are answered`);
    receiver.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
} catch (error) {
  log('error', error instanceof FolderInUse ? error.message : `could not start: ${(error as Error).message ?? error}`);
  process.exit(1);
}
