const given = new Set<string>();

/**
 * Every warning the widget gives a portal's developers goes through here, with one recognisable
 * prefix, once per page: the configuration is read again on each change and must not flood the console.
 */
export function warn(message: string): void {
  if (given.has(message)) return;
  given.add(message);
  console.warn(`cookie-charter: ${message}`);
}
