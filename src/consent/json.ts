/**
 * JSON for the widget's own data (plain objects, printable ASCII strings, numbers, booleans, null),
 * written without `JSON.stringify`, which a page may have replaced. Same output as `JSON.stringify`.
 */
export function toJson(value: unknown): string {
  if (typeof value === 'string') return `"${value.replace(/["\\]/g, '\\$&')}"`;
  if (!value || typeof value !== 'object') return String(value);
  let out = '';
  for (const key of Object.keys(value)) out += `${out && ','}${toJson(key)}:${toJson((value as Record<string, unknown>)[key])}`;
  return `{${out}}`;
}
