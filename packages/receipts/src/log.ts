/**
 * One line per event on standard output (errors on standard error), with the time. Never a request's
 * address, headers or body: the log keeps no more about visitors than the database does.
 */
export function log(level: 'info' | 'warning' | 'error', message: string): void {
  const line = `${new Date().toISOString()} ${level} ${message}\n`;
  (level === 'info' ? process.stdout : process.stderr).write(line);
}
