import { STATISTICS_MAX_DAYS } from '../../../src/consent/duration.js';
import { namesPattern } from '../../../src/consent/names.js';
import { lookup } from './catalogue.js';
import { suggestionFor } from './suggest.js';
import { PHASES, type DeclaredEntry, type Finding, type Item, type Phase, type Suggestion } from './types.js';

/** The same cookie or key, whatever its value and lifetime. */
export const identity = (item: Item) => `${item.type}|${item.name}|${item.domain}|${item.path}|${item.partitionKey ?? ''}`;

/**
 * The tolerance of a declared duration: a cookie may outlive it by 1 % and 2 days before it counts as
 * longer, since calendar months are not all 30.4 days and lifetimes are measured a moment after setting.
 */
export const outlives = (days: number, declared: number) => days > declared * 1.01 + 2;

/**
 * The CNIL's 13 months for audience measurement, from `now`: 395 days, or the calendar's 13 months when
 * longer (up to 397), and a day for clocks and rounding.
 */
export function statisticsLimit(now: number): number {
  const later = new Date(now);
  later.setUTCMonth(later.getUTCMonth() + 13);
  return Math.max(STATISTICS_MAX_DAYS, (later.getTime() - now) / 864e5) + 1;
}

const days = (value: number) => `${Math.round(value)} day${Math.round(value) === 1 ? '' : 's'}`;

/** What a scan found wrong, for the page's charter and what each phase recorded. */
export function findingsOf(declared: DeclaredEntry[], phases: Record<Phase, Item[] | null>, lang: 'fr' | 'en', now: number): Finding[] {
  const patterns = new Map(declared.map((entry) => [entry, entry.cookies.length ? namesPattern(entry.cookies) : null]));
  const rowsOf = (name: string) => declared.filter((entry) => patterns.get(entry)?.test(name));
  const findings: Finding[] = [];
  const suggestions = new Map<string, Suggestion>();
  const suggestion = (item: Item) => {
    const key = identity(item);
    if (!suggestions.has(key)) suggestions.set(key, suggestionFor(item, declared, lang));
    return suggestions.get(key)!;
  };
  const declaredRef = (entry: DeclaredEntry) => ({ ...entry, declared: true as const });
  const what = (item: Item) => (item.type === 'cookie' ? 'cookie' : `${item.type} key`);
  const named = (entry: DeclaredEntry) => (entry.builtin ? 'the platform’s built-in row' : `"${entry.id ?? entry.provider}"`);

  /**
   * Whether a name may not be stored before a choice (`initial`) or after "Tout refuser" (`refused`):
   * declared only by optional entries (exempt ones are allowed before a choice, not after a refusal);
   * or undeclared, unless the catalogue knows it as necessary. A storage key that neither the charter
   * nor the catalogue knows is not judged: pages keep their own state there.
   */
  const optional = (item: Item, phase: Phase) => {
    const rows = rowsOf(item.name);
    if (rows.length) return !rows.some((entry) => entry.category === 'necessary' || (phase === 'initial' && entry.exempt));
    const known = lookup(item.name, item.domain);
    if (known) return known.service.category !== 'necessary';
    return item.type === 'cookie';
  };

  for (const [phase, kind, when] of [
    ['initial', 'set-before-consent', 'before any choice'],
    ['refused', 'set-after-refusal', 'after "Tout refuser"'],
  ] as const) {
    for (const item of phases[phase] ?? []) {
      if (!optional(item, phase)) continue;
      const rows = rowsOf(item.name);
      const entry = rows.length ? declaredRef(rows[0]) : { ...suggestion(item), declared: false as const };
      const why = rows.length
        ? `declared by ${named(rows[0])} (${rows[0].category})`
        : entry.declared === false && entry.known
          ? `undeclared; the catalogue knows it as ${entry.provider} (${entry.category})`
          : 'undeclared and unknown, so optional until declared necessary';
      findings.push({ kind, name: item.name, domain: item.domain, phase, entry, detail: `${what(item)} stored ${when}, ${why}` });
    }
  }

  const reported = new Set<string>();
  for (const phase of PHASES) {
    for (const item of phases[phase] ?? []) {
      const key = `${item.type}|${item.name}|${item.domain}`;
      if (rowsOf(item.name).length || reported.has(key)) continue;
      reported.add(key);
      const entry = suggestion(item);
      const hint = entry.known ? `${entry.provider}, ${entry.category}` : 'unknown: see --entries';
      findings.push({
        kind: 'undeclared',
        name: item.name,
        domain: item.domain,
        phase,
        entry: { ...entry, declared: false },
        detail: `${what(item)} in no entry of the charter (${hint})`,
      });
    }
  }

  const limit = statisticsLimit(now);
  const checked = new Set<string>();
  for (const phase of PHASES) {
    for (const item of phases[phase] ?? []) {
      if (item.type !== 'cookie' || item.expires === null || checked.has(identity(item))) continue;
      const rows = rowsOf(item.name);
      const row = rows.find((entry) => entry.days !== null) ?? rows[0];
      if (!row) continue;
      const reasons: string[] = [];
      if (row.days === 'session') reasons.push(`declared "${row.duration}", a session cookie`);
      else if (typeof row.days === 'number' && outlives(item.expires, row.days))
        reasons.push(`declared "${row.duration}" (${days(row.days)})`);
      if (rows.some((entry) => entry.category === 'statistics') && item.expires > limit)
        reasons.push('beyond the 13 months the CNIL accepts for audience measurement');
      if (!reasons.length) continue;
      checked.add(identity(item));
      findings.push({
        kind: 'longer-than-declared',
        name: item.name,
        domain: item.domain,
        phase,
        entry: declaredRef(row),
        detail: `lasts ${days(item.expires)}, ${reasons.join('; ')}`,
      });
    }
  }

  const seen = PHASES.flatMap((phase) => phases[phase] ?? []);
  const skipped = PHASES.filter((phase) => !phases[phase]);
  for (const entry of declared) {
    for (const name of entry.cookies) {
      const pattern = namesPattern([name]);
      if (seen.some((item) => pattern.test(item.name))) continue;
      findings.push({
        kind: 'declared-not-seen',
        name,
        domain: null,
        phase: null,
        entry: declaredRef(entry),
        detail: `declared by ${named(entry)} but stored in no phase${skipped.length ? ` (${skipped.join(' and ')} did not run)` : ''}`,
      });
    }
  }
  return findings;
}
