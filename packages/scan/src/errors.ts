/** A problem that stops the scan: bad arguments, no browser, a page that cannot be scanned. Exit status 2. */
export class ScanError extends Error {
  override name = 'ScanError';

  /** `usage`: the command line is wrong, and --help says how to write it. */
  constructor(
    message: string,
    readonly usage = false,
  ) {
    super(message);
  }
}
