import { readCharter, type Charter } from './charter.js';
import { readReceipt, type Receipt } from './receipt.js';

/** The largest receipt: the widget refuses a choice over 4,000 bytes, and a receipt is that choice and a few keys. */
export const MAX_RECEIPT_BYTES = 4 * 1024;
/** The largest charter: its texts and entries. */
export const MAX_CHARTER_BYTES = 64 * 1024;

export type Body =
  | { kind: 'receipt'; receipt: Receipt; status?: undefined }
  | { kind: 'charter'; charter: Charter; status?: undefined }
  | { kind?: undefined; status: 400 | 413; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * What a `POST /receipts` body is: a receipt, a charter, or why it is neither. Invalid UTF-8, JSON that
 * does not parse and anything the widget would not send are refused whole.
 */
export function readBody(bytes: Uint8Array): Body {
  if (bytes.length > MAX_CHARTER_BYTES) return { status: 413, problem: 'body over 64 KB' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { status: 400, problem: 'body is not UTF-8' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { status: 400, problem: 'body is not JSON' };
  }
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'shown')) {
    const read = readCharter(value);
    return read.charter ? { kind: 'charter', charter: read.charter } : { status: 400, problem: read.problem };
  }
  if (bytes.length > MAX_RECEIPT_BYTES) return { status: 413, problem: 'receipt over 4 KB' };
  const read = readReceipt(value);
  return read.receipt ? { kind: 'receipt', receipt: read.receipt } : { status: 400, problem: read.problem };
}
