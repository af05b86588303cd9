/**
 * A digest of a charter's JSON, to tie a receipt to the words it answered: two 32-bit FNV-1a lanes over
 * the UTF-16 code units, as 16 hexadecimal digits. Not cryptographic (`crypto.subtle` is missing on
 * http pages): a receipt store keeps every charter sent under one digest. `cookie-charter-receipts`
 * bundles this very function to check what it receives.
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
