import type { StoredReceipt } from './store.js';
import { CATEGORIES } from './receipt.js';

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (it starts with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, which spreadsheets show as text; quotes, commas and
 * line breaks are quoted.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const CSV_HEADER = [
  'arrived',
  'origin',
  'id',
  'date',
  'revision',
  'charter',
  'shown',
  'gpc',
  ...CATEGORIES,
  'entries allowed',
  'entries refused',
  'objections',
];

const answer = (value: boolean | undefined) => (value === undefined ? '' : value ? 'allowed' : 'refused');

/** One receipt as a CSV line (CRLF, as RFC 4180 has it). */
export function csvLine(receipt: StoredReceipt): string {
  const entries = Object.entries(receipt.entries);
  return (
    [
      receipt.arrived,
      receipt.origin,
      receipt.id,
      receipt.date,
      receipt.revision ?? '',
      receipt.charter ?? '',
      receipt.shown,
      String(receipt.gpc),
      ...CATEGORIES.map((category) => answer(receipt.categories[category])),
      entries
        .filter(([, allowed]) => allowed)
        .map(([id]) => id)
        .join(' '),
      entries
        .filter(([, allowed]) => !allowed)
        .map(([id]) => id)
        .join(' '),
      receipt.objections.join(' '),
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}
