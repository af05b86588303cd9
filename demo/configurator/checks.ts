/*
 * The live checks: the snippet the configurator wrote is parsed and read with the widget's own rules
 * (readConfig, readEntry, exemptProblems), and each warning is tied to the field that caused it. The
 * configurator adds only what the widget cannot know: a tag's fields, and the CNIL's 13 months for any
 * audience measurement.
 */
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import { readConfig, readEntry, type EntryConfig } from '../../src/consent/config.js';
import { durationDays, STATISTICS_MAX_DAYS } from '../../src/consent/duration.js';
import type { Problem, WarningCode } from '../../src/consent/warn.js';
import { exemptProblems } from '../../src/enforcement/exempt-checks.js';
import type { Configuration } from './model.js';
import { fillTag } from './snippet.js';

/** A problem beside a field: `charter:expires`, `entry:2:id`, `entry:2:tag:url`. */
export type Check =
  | { field: string; kind: 'widget'; problem: Problem }
  | { field: string; kind: 'required' }
  | { field: string; kind: 'pattern'; example: string }
  | { field: string; kind: 'long'; days: number };

/** The `<cookie-charter>` attribute or entry field each of the widget's warnings is about. */
const CHARTER_FIELDS: Partial<Record<WarningCode, string>> = {
  expires: 'charter:expires',
  lang: 'charter:languages',
  revision: 'charter:revision',
  domain: 'charter:cookieDomain',
  endpoint: 'charter:receiptEndpoint',
  policy: 'charter:policyUrl',
  exemptLink: 'snippet:placement',
};
const ENTRY_FIELDS: Partial<Record<WarningCode, string>> = { category: 'category', noId: 'id', id: 'id', twice: 'id', exempt: 'exempt' };

/** The page a portal's snippet runs in, for the rules that resolve addresses and check cookie-domain. */
function portalOf(config: Configuration): { base: string; host: string } {
  try {
    const url = new URL(config.platform.trim());
    if (/^https?:$/.test(url.protocol)) return { base: url.href, host: url.hostname };
  } catch {
    // no usable platform: the snippet's own values stand
  }
  return { base: 'https://portal.invalid/', host: config.cookieDomain.trim().replace(/^\./, '').toLowerCase() || 'portal.invalid' };
}

/**
 * Reads `snippet` as the widget would on the portal: the charter's attributes with `readConfig`, each
 * entry with `readEntry` in order (so that each warning lands on its own entry), then `exemptProblems`
 * on the whole; plus the tags' fields and long statistics durations.
 */
export function checkSnippet(snippet: string, config: Configuration, services: KnownService[]): Check[] {
  const checks: Check[] = [];
  const page = new DOMParser().parseFromString(snippet, 'text/html');
  const host = page.querySelector('cookie-charter');
  const { base, host: pageHost } = portalOf(config);
  const charter = readConfig(
    host && (host.cloneNode(false) as Element),
    (code, ...values) => {
      checks.push({ field: CHARTER_FIELDS[code] ?? 'charter:platform', kind: 'widget', problem: [code, ...values] });
    },
    base,
    pageHost,
  );

  const taken = new Set<string>();
  const read: { entry: EntryConfig; index: number }[] = [];
  host?.querySelectorAll('cookie-charter-entry').forEach((element, index) => {
    const entry = readEntry(
      (name) => element.getAttribute(name),
      taken,
      // What the warning returns is what readEntry returns for an entry it leaves out: nothing.
      (code, ...values) => {
        checks.push({ field: `entry:${index}:${ENTRY_FIELDS[code] ?? 'id'}`, kind: 'widget', problem: [code, ...values] });
      },
    );
    if (entry) read.push({ entry, index });
  });
  const hasLink = page.querySelector('[data-cookie-charter-open]') !== null;
  for (const problem of exemptProblems({ ...charter, entries: read.map(({ entry }) => entry) }, hasLink)) {
    const index = problem[0] === 'exemptDuration' ? read.find(({ entry }) => entry.id === problem[1])?.index : undefined;
    checks.push({
      field: index === undefined ? (CHARTER_FIELDS[problem[0]] ?? 'charter:platform') : `entry:${index}:duration`,
      kind: 'widget',
      problem,
    });
  }

  // The widget warns of long durations on exempt entries alone; the CNIL's 13 months hold for any audience measurement.
  for (const { entry, index } of read) {
    const days = durationDays(entry.duration);
    if (entry.category === 'statistics' && !entry.exempt && typeof days === 'number' && days > STATISTICS_MAX_DAYS)
      checks.push({ field: `entry:${index}:duration`, kind: 'long', days });
  }

  config.entries.forEach((entry, index) => {
    const service = services.find((known) => known.id === entry.service);
    const filled = fillTag(entry, service);
    for (const [name, problem] of filled?.problems ?? []) {
      const field = `entry:${index}:tag:${name}`;
      const example = service!.tag!.fields.find((known) => known.name === name)!.example;
      checks.push(problem === 'required' ? { field, kind: 'required' } : { field, kind: 'pattern', example });
    }
  });
  return checks;
}
