import { resolve } from 'node:path';

/** What the receiver runs with, read from its environment once. */
export interface Config {
  host: string;
  port: number;
  /** A PostgreSQL server's URL, or null for PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  token: string;
  /** The portals' origins whose receipts are accepted, as `URL.origin` writes them. */
  origins: Set<string>;
  retentionDays: number;
  /** Receipts accepted per second and per origin, on average; a burst of ten seconds' worth is allowed. */
  ratePerOrigin: number;
  /** Above this size (bytes), the database takes no more writes. */
  maxDatabaseBytes: number;
}

/**
 * The longest a choice lives in the widget (`expires` is capped at 395 days): a receipt kept for less
 * could not prove a choice still in force.
 */
export const LONGEST_CHOICE_DAYS = 395;

/**
 * Five years: the limitation period of personal actions in French civil law (Code civil, article 2224),
 * within which a visitor may claim that a tracker was set without consent.
 */
export const DEFAULT_RETENTION_DAYS = 1826;

export const DEFAULT_RATE = 50;
export const DEFAULT_MAX_DATABASE_MB = 2048;

/** Tokens shorter than this are refused: the token is the only lock on the exports. */
export const MIN_TOKEN_LENGTH = 16;

export type ConfigResult = { config: Config; problems?: undefined } | { config?: undefined; problems: string[] };

const whole = (text: string | undefined, name: string, min: number, max: number, fallback: number, problems: string[]): number => {
  if (text === undefined || text.trim() === '') return fallback;
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (it is "${text}").`);
    return fallback;
  }
  return value;
};

/** One origin as a portal's pages send it in `Origin`, or null when `text` is not one. */
export function parseOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null;
  return url.origin;
}

/** Reads the environment; every problem is listed, so that one run says all that is missing. */
export function readConfig(env: Record<string, string | undefined>, cwd = process.cwd()): ConfigResult {
  const problems: string[] = [];
  const token = env.RECEIPTS_TOKEN ?? '';
  if (!token)
    problems.push(
      'RECEIPTS_TOKEN is required: the secret that reads receipts (at least 16 characters, for instance `openssl rand -hex 32`).',
    );
  else if (token.length < MIN_TOKEN_LENGTH) problems.push(`RECEIPTS_TOKEN is too short: at least ${MIN_TOKEN_LENGTH} characters.`);

  const origins = new Set<string>();
  const listed = (env.RECEIPTS_ORIGINS ?? '').split(/[\s,]+/).filter(Boolean);
  if (!listed.length)
    problems.push(
      'RECEIPTS_ORIGINS is required: the portals whose receipts are accepted, for instance https://data.example.fr (several separated by commas).',
    );
  for (const text of listed) {
    const origin = parseOrigin(text);
    if (origin) origins.add(origin);
    else problems.push(`RECEIPTS_ORIGINS: "${text}" is not an origin (scheme, host and port only, such as https://data.example.fr).`);
  }

  const retentionDays = whole(
    env.RECEIPTS_RETENTION_DAYS,
    'RECEIPTS_RETENTION_DAYS',
    LONGEST_CHOICE_DAYS,
    36500,
    DEFAULT_RETENTION_DAYS,
    problems,
  );
  const port = whole(env.PORT, 'PORT', 0, 65535, 8787, problems);
  const ratePerOrigin = whole(env.RECEIPTS_RATE, 'RECEIPTS_RATE', 1, 1_000_000, DEFAULT_RATE, problems);
  const maxMb = whole(env.RECEIPTS_MAX_DB_MB, 'RECEIPTS_MAX_DB_MB', 16, 10_000_000, DEFAULT_MAX_DATABASE_MB, problems);

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://.');

  if (problems.length) return { problems };
  return {
    config: {
      host: env.HOST?.trim() || '127.0.0.1',
      port,
      databaseUrl,
      dataDir: resolve(cwd, env.RECEIPTS_DATA?.trim() || './receipts-data'),
      token,
      origins,
      retentionDays,
      ratePerOrigin,
      maxDatabaseBytes: maxMb * 1024 * 1024,
    },
  };
}
