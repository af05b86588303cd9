import { HELP, parseCli } from './args.js';
import { ScanError } from './errors.js';
import { entriesReport, exitStatus, painter, textReport } from './report.js';
import { scan } from './scan.js';

declare const SCAN_VERSION: string;

/** The command: parses its arguments, scans, prints; resolves to the exit status. */
async function main(argv: string[]): Promise<number> {
  const colour = (stream: NodeJS.WriteStream) => painter(!!stream.isTTY && !process.env.NO_COLOR);
  try {
    const options = parseCli(argv);
    if (options.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (options.version) {
      process.stdout.write(`${SCAN_VERSION}\n`);
      return 0;
    }
    const progress = colour(process.stderr);
    const result = await scan({ ...options, progress: (line) => process.stderr.write(`${progress('dim', line)}\n`) });
    if (options.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else if (options.entries) process.stdout.write(entriesReport(result));
    else process.stdout.write(textReport(result, colour(process.stdout)));
    return exitStatus(result);
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    process.stderr.write(`cookie-charter-scan: ${error.message}\n`);
    if (error.usage) process.stderr.write('Run cookie-charter-scan --help for the usage.\n');
    return 2;
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // A fault of the scanner itself: 2, never the 1 that means "stored without consent".
  process.stderr.write(`cookie-charter-scan: unexpected error: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
}
