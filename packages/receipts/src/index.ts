// The receiver as a library: start one from a configuration, as the command does.
export { startReceiver, type Receiver, type ReceiverTimers } from './receiver.js';
export { readConfig, parseOrigin, type Config, DEFAULT_RETENTION_DAYS, LONGEST_CHOICE_DAYS } from './config.js';
export { charterDigest } from './digest.js';
export { readBody, MAX_RECEIPT_BYTES, MAX_CHARTER_BYTES } from './body.js';
export { readReceipt, type Receipt } from './receipt.js';
export { readCharter } from './charter.js';
export { kindOf, addDay, type Answer, type Kind } from './tally.js';
export { csvCell } from './csv.js';
export { openPglite, openPostgres, type Database } from './database.js';
export { migrate } from './schema.js';
