import { parseArgs } from 'node:util';
import { ScanError } from './errors.js';

export const HELP = `Usage: cookie-charter-scan URL... [--json] [--entries] [options]

Loads a portal's pages in the system's Chromium three times, each time in a fresh profile: with no
choice (initial), after "Tout refuser" (refused) and after "Tout accepter" (accepted). Then compares
the cookies and storage keys they set with the cookie-charter that the first page declares.

  --json              print the whole result as one JSON object
  --entries           print a <cookie-charter-entry> for each cookie the charter does not declare
  --timeout SECONDS   how long a page may take to load, then to settle (default 30)
  --idle MS           how long the network must stay quiet for a page to count as settled (default 500)
  --chrome-arg FLAG   a flag for Chromium, repeatable: --chrome-arg=--ignore-certificate-errors
  -h, --help          this help
  --version           the scanner's version

Chromium: CHROME_PATH, else /usr/bin/chromium. NO_COLOR turns colours off.
Exit status: 0 when nothing is stored before a choice or after "Tout refuser"; 1 when something is
(set-before-consent, set-after-refusal); 2 for bad arguments, no Chromium, or a page that cannot be scanned.
`;

export interface CliOptions {
  urls: string[];
  json: boolean;
  entries: boolean;
  /** Milliseconds. */
  timeout: number;
  /** Milliseconds. */
  idle: number;
  chromeArgs: string[];
  help: boolean;
  version: boolean;
}

/** The command line, checked; a ScanError says what is wrong. */
export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        entries: { type: 'boolean', default: false },
        timeout: { type: 'string', default: '30' },
        idle: { type: 'string', default: '500' },
        'chrome-arg': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // Node's own words, on one line, without its hint about positionals that begin with a dash.
    throw new ScanError(
      String((error as Error).message)
        .replace(/\. To specify a positional argument.*$/s, '.')
        .replace(/\s*\n\s*/g, ' '),
      true,
    );
  }
  const { values, positionals } = parsed;
  const options = {
    urls: positionals,
    json: values.json,
    entries: values.entries,
    timeout: Number(values.timeout) * 1000,
    idle: Number(values.idle),
    chromeArgs: values['chrome-arg'],
    help: values.help,
    version: values.version,
  };
  if (options.help || options.version) return options;
  if (!positionals.length)
    throw new ScanError('no URL given: name at least one page of the portal, such as https://data.example.fr/', true);
  for (const url of positionals) {
    let parsedUrl: URL | undefined;
    try {
      parsedUrl = new URL(url);
    } catch {
      // reported below
    }
    if (!parsedUrl || !/^https?:$/.test(parsedUrl.protocol))
      throw new ScanError(
        `"${url}" is not an http(s) URL: write it whole, such as https://${url.includes('://') ? url.split('://')[1] : url}`,
        true,
      );
  }
  if (options.json && options.entries) throw new ScanError('--json and --entries print different things: choose one.', true);
  if (!(options.timeout > 0)) throw new ScanError(`--timeout takes a number of seconds above 0, not "${values.timeout}".`, true);
  if (!(options.idle >= 0)) throw new ScanError(`--idle takes a number of milliseconds, not "${values.idle}".`, true);
  return options;
}
