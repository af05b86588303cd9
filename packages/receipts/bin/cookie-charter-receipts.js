#!/usr/bin/env node
// The command: runs the built receiver, or says how to build it when run from a clone that has not.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(built)) {
  console.error(
    'cookie-charter-receipts is not built: run  npm run build --workspace packages/receipts  in the cookie-charter repository.',
  );
  process.exit(2);
}
await import(built.href);
