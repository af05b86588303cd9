import { charterDigest, DIGEST } from './digest.js';

/** A charter as the widget sends it once per page load: what the visitor was shown, and its digest. */
export interface Charter {
  digest: string;
  /** `JSON.stringify(shown)`, the text the digest was computed over, kept as it is. */
  shown: string;
}

/** How deep `shown` may nest: its own shape needs four levels (object, entries, entry, cookies). */
const MAX_DEPTH = 6;
const MAX_ITEMS = 2000;
const MAX_STRING = 16 * 1024;

/**
 * Checks that `value` is plain data (objects, arrays, strings, finite numbers, booleans, null), shallow
 * and small enough, with no key that objects already carry (`__proto__`, `constructor`…). Iterative,
 * and it stops at the first problem.
 */
function plainDataProblem(value: unknown): string | null {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let items = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (++items > MAX_ITEMS) return 'shown holds too many values';
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'shown holds a number out of range';
      continue;
    }
    if (typeof item === 'string') {
      if (item.length > MAX_STRING) return 'shown holds a text too long';
      continue;
    }
    if (typeof item !== 'object') return 'shown holds something that is not data';
    if (depth >= MAX_DEPTH) return 'shown nests too deep';
    if (Array.isArray(item)) {
      for (const child of item) stack.push([child, depth + 1]);
      continue;
    }
    for (const [key, child] of Object.entries(item)) {
      if (key in Object.prototype || key === 'prototype') return `shown holds the key ${JSON.stringify(key)}`;
      stack.push([child, depth + 1]);
    }
  }
  return null;
}

/** The charter in `value`, or why it is not one: its digest must be that of `JSON.stringify(shown)`. */
export function readCharter(value: unknown): { charter: Charter; problem?: undefined } | { charter?: undefined; problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'a charter is a JSON object' };
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes('charter') || !keys.includes('shown'))
    return { problem: 'a charter has exactly the keys charter and shown' };
  const { charter, shown } = value as { charter: unknown; shown: unknown };
  if (typeof charter !== 'string' || !DIGEST.test(charter)) return { problem: 'charter must be 16 lowercase hexadecimal digits' };
  if (typeof shown !== 'object' || shown === null || Array.isArray(shown)) return { problem: 'shown must be an object' };
  const problem = plainDataProblem(shown);
  if (problem) return { problem };
  const text = JSON.stringify(shown);
  if (charterDigest(text) !== charter) return { problem: 'charter is not the digest of shown' };
  return { charter: { digest: charter, shown: text } };
}
