import { namesPattern } from '../../../src/consent/names.js';
import { entriesHtml, mergeSuggestions } from './suggest.js';
import { PHASES, type Finding, type FindingKind, type Item, type ScanResult, type Suggestion } from './types.js';

/** The findings that fail a scan: something stored without consent. */
export const CONSENT_KINDS: readonly FindingKind[] = ['set-before-consent', 'set-after-refusal'];

const SEVERITY: Record<FindingKind, 'error' | 'warning' | 'info'> = {
  'set-before-consent': 'error',
  'set-after-refusal': 'error',
  undeclared: 'warning',
  'longer-than-declared': 'warning',
  'declared-not-seen': 'info',
};

/** 1 when something was stored before a choice or after "Tout refuser", else 0. */
export const exitStatus = (result: ScanResult) => (result.findings.some((finding) => CONSENT_KINDS.includes(finding.kind)) ? 1 : 0);

type Paint = (style: 'red' | 'yellow' | 'dim' | 'bold' | 'green', text: string) => string;
const CODES = { red: 31, yellow: 33, dim: 2, bold: 1, green: 32 };

/** ANSI colours, or none. */
export const painter =
  (color: boolean): Paint =>
  (style, text) =>
    color ? `\x1b[${CODES[style]}m${text}\x1b[0m` : text;

function lifetime(item: Item): string {
  if (item.expires === null) return item.session ? 'session' : 'no expiry';
  if (item.expires < 1 / 24) return `${Math.max(1, Math.round(item.expires * 1440))} min`;
  if (item.expires < 1) return `${Math.round(item.expires * 24)} h`;
  return `${Math.round(item.expires)} d`;
}

function flags(item: Item): string {
  const found = [];
  if (item.httpOnly) found.push('HttpOnly');
  if (item.secure) found.push('Secure');
  if (item.sameSite) found.push(`SameSite=${item.sameSite}`);
  if (item.thirdParty) found.push('third-party');
  if (item.partitioned) found.push('partitioned');
  return found.join(' ');
}

/** Rows of text in columns; `paint` applies after padding, so that colours do not shift them. */
function table(header: string[], rows: { cells: string[]; style?: Parameters<Paint>[0] }[], paint: Paint): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map(({ cells }) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [paint('bold', line(header)), ...rows.map(({ cells, style }) => (style ? paint(style, line(cells)) : line(cells)))];
}

const TYPES = { cookie: 'cookie', localStorage: 'local', sessionStorage: 'session' };
const short = (text: string, length = 40) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** The readable report: what each phase stored, then the findings, then the verdict. */
export function textReport(result: ScanResult, paint: Paint): string {
  const out: string[] = [];
  const more = result.url.length > 1 ? ` and ${result.url.length - 1} more page${result.url.length > 2 ? 's' : ''}` : '';
  out.push(`${paint('bold', 'cookie-charter-scan')} ${result.url[0]}${more}, ${result.date.replace('T', ' ').slice(0, 16)} UTC`);
  const builtin = result.declared.filter((entry) => entry.builtin).length;
  out.push(`Charter: ${result.declared.length} rows (${builtin} built in).`);
  if (!result.widget) out.push(paint('yellow', 'No cookie-charter widget answered: only the initial phase ran (no choice can be made).'));
  else {
    const how = (choice: 'banner' | 'api' | null) => (choice === 'banner' ? "the banner's button" : 'the API (no banner showed)');
    out.push(`Choices: "Tout refuser" through ${how(result.choices.refused)}, "Tout accepter" through ${how(result.choices.accepted)}.`);
  }

  const byKey = new Map<string, { item: Item; in: Set<string> }>();
  for (const phase of PHASES) {
    for (const item of result.phases[phase] ?? []) {
      const key = `${item.type}|${item.name}|${item.domain}|${item.path}|${item.partitionKey ?? ''}`;
      if (!byKey.has(key)) byKey.set(key, { item, in: new Set() });
      byKey.get(key)!.in.add(phase);
    }
  }
  const patterns = result.declared.map((entry) => [entry, namesPattern(entry.cookies)] as const);
  const entryOf = (item: Item) => {
    const row = patterns.find(([, pattern]) => pattern.test(item.name))?.[0];
    return row ? `${row.id ?? row.provider} (${row.category})` : 'undeclared';
  };
  out.push('', paint('bold', 'Stored'));
  if (!byKey.size) out.push('  nothing: no cookie and no storage key in any phase');
  else {
    const rows = [...byKey.values()]
      .sort((a, b) => a.item.name.localeCompare(b.item.name) || a.item.domain.localeCompare(b.item.domain))
      .map(({ item, in: phases }) => {
        const entry = entryOf(item);
        return {
          cells: [
            short(item.name),
            TYPES[item.type],
            short(item.domain, 32),
            ...PHASES.map((phase) => (result.phases[phase] === null ? ' ' : phases.has(phase) ? 'yes' : '-')),
            lifetime(item),
            entry,
            flags(item),
          ],
          style: entry === 'undeclared' ? ('yellow' as const) : undefined,
        };
      });
    out.push(
      ...table(['name', 'type', 'domain', 'initial', 'refused', 'accepted', 'lifetime', 'entry', 'flags'], rows, paint).map(
        (line) => `  ${line}`,
      ),
    );
  }

  out.push('', paint('bold', 'Findings'));
  const order = Object.keys(SEVERITY) as FindingKind[];
  const findings = [...result.findings].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
  if (!findings.length) out.push('  none');
  const styles = { error: 'red', warning: 'yellow', info: 'dim' } as const;
  for (const finding of findings) {
    const severity = SEVERITY[finding.kind];
    const place = [finding.domain, finding.phase].filter(Boolean).join(', ');
    out.push(
      `  ${paint(styles[severity], `${severity.padEnd(7)} ${finding.kind.padEnd(20)}`)} ${finding.name}${place ? ` (${place})` : ''}: ${finding.detail}`,
    );
  }

  const count = (severity: string) => findings.filter((finding) => SEVERITY[finding.kind] === severity).length;
  const errors = count('error');
  out.push('');
  if (errors) out.push(paint('red', `${errors} stored without consent: exit status 1.`));
  else out.push(paint('green', 'Nothing stored before a choice or after "Tout refuser".'));
  const rest = [
    `${count('warning')} warning${count('warning') === 1 ? '' : 's'}`,
    `${count('info')} note${count('info') === 1 ? '' : 's'}`,
  ];
  out.push(
    `${rest.join(', ')}.${findings.some((finding) => finding.kind === 'undeclared') ? ' --entries prints the entries to add.' : ''}`,
  );
  return `${out.join('\n')}\n`;
}

/** `--entries`: an element for each undeclared service, in the charter's language. */
export function entriesReport(result: ScanResult): string {
  const undeclared = result.findings.filter(
    (finding): finding is Finding & { entry: Suggestion & { declared: false } } => finding.kind === 'undeclared',
  );
  if (!undeclared.length) return '<!-- Nothing to add: the charter declares every cookie and storage key the scan saw. -->\n';
  const where = new Map(undeclared.map((finding) => [finding.name, `${finding.domain}, ${finding.phase}`]));
  const suggestions = mergeSuggestions(undeclared.map(({ entry }) => entry));
  return `${entriesHtml(suggestions, where, result.lang)}\n`;
}
