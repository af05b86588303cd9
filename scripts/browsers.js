// The browsers of the tests, for `npm test` and web-test-runner.config.js: Debian's chromium and
// firefox-esr, or the executables that CHROME_PATH and FIREFOX_PATH name; BROWSERS=chromium,firefox
// picks some of them.
import { spawnSync } from 'node:child_process';

export const browsers = [
  { id: 'chromium', name: 'Chromium', env: 'CHROME_PATH', path: '/usr/bin/chromium', debian: 'chromium' },
  { id: 'firefox', name: 'Firefox', env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', debian: 'firefox-esr' },
];

/** The browsers BROWSERS names (a comma-separated list of ids), or all of them. */
export const selected = () => {
  const only = process.env.BROWSERS?.split(',').map((id) => id.trim());
  return browsers.filter((browser) => !only || only.includes(browser.id));
};

/** The executable a browser runs from: its variable's path, or Debian's. */
export const executable = (browser) => process.env[browser.env] || browser.path;

/**
 * Runs the executable with --version (no window, no profile): `{ version: '153.8.0esr' }`, or
 * `{ problem }` saying why it gave none.
 */
export function version(browser) {
  const path = executable(browser);
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20000 });
  const output = `${result.stdout ?? ''}`.trim();
  const found = /\b(\d+(?:\.\d+)+\S*)/.exec(output)?.[1];
  if (result.status === 0 && found) return { version: found };
  const said = (output || `${result.stderr ?? ''}`.trim()).split('\n')[0];
  let problem;
  if (result.error?.code === 'ENOENT') problem = 'no such file';
  else if (result.error?.code === 'EACCES') problem = 'not an executable';
  else if (result.error?.code === 'ETIMEDOUT') problem = '--version did not answer within 20 s';
  else if (result.error) problem = result.error.message;
  else if (result.signal) problem = `--version was killed by ${result.signal}`;
  else if (result.status !== 0) problem = `--version exited with code ${result.status}`;
  else problem = '--version printed no version';
  return { problem: said ? `${problem}: ${said}` : problem };
}
