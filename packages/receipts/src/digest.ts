/**
 * The digest of a charter as the visitor was shown it: the widget's own function, bundled here, over
 * `JSON.stringify(shown)`. It names a charter; it proves nothing against a forger (it is not
 * cryptographic), which is why the store keeps every distinct text sent under one digest.
 */
export { charterDigest } from '../../../src/charter/digest.js';

/** A charter digest as receipts carry it. */
export const DIGEST = /^[0-9a-f]{16}$/;
