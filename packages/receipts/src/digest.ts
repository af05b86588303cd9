/**
 * The digest of a charter as the visitor was shown it: the widget computes it over
 * `JSON.stringify(shown)` and sends it in each receipt, and the store checks every charter it keeps
 * against it. Two 32-bit FNV-style hashes side by side, 16 lowercase hex digits. It names a charter; it
 * proves nothing against a forger (it is not cryptographic), which is why the store keeps every
 * distinct text sent under one digest.
 */
export function charterDigest(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** A charter digest as receipts carry it. */
export const DIGEST = /^[0-9a-f]{16}$/;
