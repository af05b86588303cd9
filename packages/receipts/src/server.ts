import type { IncomingMessage, ServerResponse } from 'node:http';
import { Access, SESSION_COOKIE, SESSION_SECONDS } from './access.js';
import { MAX_CHARTER_BYTES, readBody } from './body.js';
import type { Config } from './config.js';
import { CSV_HEADER, csvCell, csvLine } from './csv.js';
import { DASHBOARD_CSP, dashboardPage, signInPage } from './dashboard/page.js';
import { addDays, daysBetween, isDay, parisDay } from './days.js';
import { log } from './log.js';
import { RateLimit } from './rate-limit.js';
import type { ReceiptStore, Selection } from './store.js';
import { addDay, type RevisionTally } from './tally.js';

/** What the routes share: built once by the receiver. */
export interface Parts {
  config: Config;
  store: ReceiptStore;
  access: Access;
  rate: RateLimit;
  /** Set while the database is over its size cap: writes are refused. */
  state: { full: boolean };
  assets: { js: string; css: string };
}

/** A charter costs as much as this many receipts in its origin's rate limit: it is up to 16 times larger. */
const CHARTER_COST = 8;
/** Receipts waiting for a commit beyond which new ones are refused (503) rather than queued. */
const MAX_PENDING = 5000;
const DASHBOARD_DAYS = 92;
const CHOICE_ID = /^[a-z0-9]{6,32}$/;

const BASE_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

function send(res: ServerResponse, status: number, body = '', headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...BASE_HEADERS, ...(body ? { 'Content-Type': 'text/plain; charset=utf-8' } : {}), ...headers });
  res.end(body);
}

/** The body, up to `limit` bytes: null when it is longer (the rest is not read). */
function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
    req.on('aborted', () => reject(new Error('aborted')));
  });
}

const cookies = (req: IncomingMessage): Map<string, string> =>
  new Map(
    (req.headers.cookie ?? '').split(';').flatMap((pair) => {
      const at = pair.indexOf('=');
      return at > 0 ? [[pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as [string, string]] : [];
    }),
  );

const isHttps = (req: IncomingMessage) => 'encrypted' in req.socket || req.headers['x-forwarded-proto'] === 'https';

/** A form posted from another site is refused: the dashboard's forms post to themselves. */
const sameSite = (req: IncomingMessage) => {
  const site = req.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHandler(parts: Parts): (req: IncomingMessage, res: ServerResponse) => void {
  const { config, store, access, rate, state } = parts;
  let lastWriteProblem = 0;

  /** Logs a database failure, once a minute at most, so that an outage does not flood the log. */
  const writeProblem = (error: unknown) => {
    if (Date.now() - lastWriteProblem < 60_000) return;
    lastWriteProblem = Date.now();
    log('error', `the database did not take a write, answered 503: ${(error as Error)?.message ?? error}`);
  };

  async function receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = new Date();
    const origin = req.headers.origin;
    if (typeof origin !== 'string' || !config.origins.has(origin))
      return send(res, 403, 'origin not listed in RECEIPTS_ORIGINS', { Connection: 'close' });
    const cors = { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
    const type = (req.headers['content-type'] ?? '')
      .toLowerCase()
      .split(';')
      .map((part) => part.trim());
    const charset = type.slice(1).find((param) => param.startsWith('charset='));
    if (type[0] !== 'text/plain' || (charset && !/^charset="?utf-8"?$/.test(charset)))
      return send(res, 415, 'expects text/plain;charset=UTF-8', { ...cors, Connection: 'close' });
    const length = Number(req.headers['content-length'] ?? 0);
    if (length > MAX_CHARTER_BYTES) return send(res, 413, 'body over 64 KB', { ...cors, Connection: 'close' });
    if (!rate.take(origin)) return send(res, 429, 'too many receipts from this origin', { ...cors, 'Retry-After': '1' });
    if (state.full) return send(res, 503, 'the store is full', { ...cors, 'Retry-After': '60' });
    if (store.pending > MAX_PENDING) return send(res, 503, 'the store is busy', { ...cors, 'Retry-After': '1' });

    const bytes = await readLimited(req, MAX_CHARTER_BYTES);
    if (!bytes) return send(res, 413, 'body over 64 KB', { ...cors, Connection: 'close' });
    const body = readBody(bytes);
    if (body.status) return send(res, body.status, body.problem, cors);
    try {
      if (body.kind === 'receipt') await store.addReceipt(origin, body.receipt, arrived);
      else {
        if (!rate.take(origin, CHARTER_COST)) return send(res, 429, 'too many charters from this origin', { ...cors, 'Retry-After': '1' });
        await store.addCharter(origin, body.charter, arrived);
      }
    } catch (error) {
      writeProblem(error);
      return send(res, 503, 'the database cannot take the write', { ...cors, 'Retry-After': '5' });
    }
    send(res, 204, '', cors);
  }

  /**
   * Whether the request may read: `Authorization: Bearer TOKEN`, or the dashboard's session cookie when
   * `cookie` allows it. A wrong token is answered late (`Access.failed`).
   */
  async function authorized(req: IncomingMessage, res: ServerResponse, cookie: boolean): Promise<boolean> {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer (.+)$/i.exec(header);
      if (match && access.isToken(match[1].trim())) return true;
      await wait(access.failed());
      send(res, 401, 'wrong token', { 'WWW-Authenticate': 'Bearer' });
      return false;
    }
    const session = cookie ? cookies(req).get(SESSION_COOKIE) : undefined;
    if (session !== undefined && access.isSession(session)) return true;
    send(res, 401, 'this needs the token: Authorization: Bearer TOKEN', { 'WWW-Authenticate': 'Bearer' });
    return false;
  }

  /** The selection of an export's query, or a 400 answered. */
  function selection(url: URL, res: ServerResponse): Selection | null {
    const id = url.searchParams.get('id');
    const origin = url.searchParams.get('origin') || undefined;
    if (origin !== undefined && !config.origins.has(origin)) {
      send(res, 400, 'origin is not one of RECEIPTS_ORIGINS');
      return null;
    }
    if (id !== null) {
      if (!CHOICE_ID.test(id)) {
        send(res, 400, 'id is 6 to 32 lowercase letters and digits');
        return null;
      }
      return { id, origin };
    }
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to') || parisDay(new Date());
    if (from === null || !isDay(from) || !isDay(to) || to < from) {
      send(res, 400, 'give id=CHOICE_ID, or from=YYYY-MM-DD and optionally to=YYYY-MM-DD (Paris days, both included)');
      return null;
    }
    return { from, to, origin };
  }

  async function exportReceipts(req: IncomingMessage, res: ServerResponse, url: URL, format: 'json' | 'csv'): Promise<void> {
    if (!(await authorized(req, res, true))) return;
    const chosen = selection(url, res);
    if (!chosen) return;
    const name = 'id' in chosen ? `receipts-${chosen.id}` : `receipts-${chosen.from}-${chosen.to}`;
    const pages = store.receipts(chosen);
    let first: IteratorResult<Awaited<ReturnType<typeof pages.next>>['value']>;
    try {
      first = await pages.next();
    } catch (error) {
      writeProblem(error);
      return send(res, 503, 'the database cannot be read');
    }
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    });
    const keys = new Map<string, { origin: string; charter: string }>();
    let count = 0;
    try {
      if (format === 'csv') res.write(CSV_HEADER.map(csvCell).join(',') + '\r\n');
      else res.write(`{"generated":${JSON.stringify(new Date().toISOString())},"selection":${JSON.stringify(chosen)},"receipts":[`);
      for (let page = first; !page.done; page = await pages.next()) {
        for (const receipt of page.value) {
          if (receipt.charter) keys.set(`${receipt.origin} ${receipt.charter}`, { origin: receipt.origin, charter: receipt.charter });
          res.write(format === 'csv' ? csvLine(receipt) : `${count ? ',' : ''}\n${JSON.stringify(receipt)}`);
          count++;
        }
      }
      if (format === 'json') {
        const charters = await store.charters([...keys.values()]);
        res.write(`\n],"charters":[${charters.map((charter) => `\n${JSON.stringify(charter)}`).join(',')}\n]}\n`);
      }
      res.end();
    } catch (error) {
      // Headers are gone: cutting the connection is how an incomplete export says it is incomplete.
      writeProblem(error);
      res.destroy();
    }
  }

  async function erase(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (req.headers.authorization === undefined)
      return send(res, 401, 'this needs Authorization: Bearer TOKEN', { 'WWW-Authenticate': 'Bearer' });
    if (!(await authorized(req, res, false))) return;
    const id = url.searchParams.get('id') ?? '';
    if (!CHOICE_ID.test(id)) return send(res, 400, 'id is 6 to 32 lowercase letters and digits');
    try {
      const deleted = await store.erase(id);
      log('info', `erased ${deleted} receipts of one choice id, on request`);
      send(res, 200, JSON.stringify({ id, deleted }), { 'Content-Type': 'application/json' });
    } catch (error) {
      writeProblem(error);
      send(res, 503, 'the database cannot take the write');
    }
  }

  const html = (res: ServerResponse, status: number, page: string, headers: Record<string, string> = {}) =>
    send(res, status, page, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': DASHBOARD_CSP,
      'X-Frame-Options': 'DENY',
      ...headers,
    });

  async function dashboard(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const session = cookies(req).get(SESSION_COOKIE);
    if (session === undefined || !access.isSession(session)) return html(res, 200, signInPage(false));
    const today = parisDay(new Date());
    let to = url.searchParams.get('to') ?? '';
    if (!isDay(to)) to = today;
    let from = url.searchParams.get('from') ?? '';
    if (!isDay(from) || from > to) from = addDays(to, -29);
    let shortened: number | null = null;
    if (from < addDays(to, -(DASHBOARD_DAYS - 1))) {
      from = addDays(to, -(DASHBOARD_DAYS - 1));
      shortened = DASHBOARD_DAYS;
    }
    const origin = url.searchParams.get('origin');
    const chosenOrigin = origin && config.origins.has(origin) ? origin : null;
    try {
      const tallies = new Map<string | null, RevisionTally>();
      for (const day of daysBetween(from, to)) addDay(tallies, day, await store.answersOfDay(day, chosenOrigin ?? undefined));
      // The latest revision first: the one a portal asks about today.
      const sorted = [...tallies.values()].sort((a, b) =>
        (b.days.at(-1)!.day + (b.revision ?? '')).localeCompare(a.days.at(-1)!.day + (a.revision ?? '')),
      );
      const origins = [...new Set([...config.origins, ...(await store.origins())])].sort();
      html(res, 200, dashboardPage({ from, to, origin: chosenOrigin, origins, tallies: sorted, shortened }));
    } catch (error) {
      writeProblem(error);
      send(res, 503, 'the database cannot be read');
    }
  }

  async function signIn(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!sameSite(req)) return send(res, 403, 'sign in from the dashboard');
    const bytes = await readLimited(req, 4096);
    if (!bytes) return send(res, 413, 'too long', { Connection: 'close' });
    const token = new URLSearchParams(bytes.toString('utf8')).get('token') ?? '';
    if (!access.isToken(token)) {
      await wait(access.failed());
      return html(res, 401, signInPage(true));
    }
    const secure = isHttps(req) ? '; Secure' : '';
    send(res, 303, '', {
      Location: '/',
      'Set-Cookie': `${SESSION_COOKIE}=${access.session()}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${secure}`,
    });
  }

  function signOut(req: IncomingMessage, res: ServerResponse): void {
    if (!sameSite(req)) return send(res, 403, 'sign out from the dashboard');
    send(res, 303, '', { Location: '/', 'Set-Cookie': `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` });
  }

  async function health(res: ServerResponse): Promise<void> {
    try {
      await store.db.query('select 1');
      send(res, state.full ? 503 : 200, state.full ? 'full' : 'ok');
    } catch {
      send(res, 503, 'database unreachable');
    }
  }

  const routes: Record<string, Partial<Record<string, (req: IncomingMessage, res: ServerResponse, url: URL) => unknown>>> = {
    '/receipts': { POST: receive, DELETE: erase },
    '/export.json': { GET: (req, res, url) => exportReceipts(req, res, url, 'json') },
    '/export.csv': { GET: (req, res, url) => exportReceipts(req, res, url, 'csv') },
    '/': { GET: dashboard },
    '/sign-in': { POST: signIn },
    '/sign-out': { POST: signOut },
    '/health': { GET: (_req, res) => health(res) },
    '/assets/dashboard.js': { GET: (_req, res) => send(res, 200, parts.assets.js, { 'Content-Type': 'text/javascript; charset=utf-8' }) },
    '/assets/dashboard.css': { GET: (_req, res) => send(res, 200, parts.assets.css, { 'Content-Type': 'text/css; charset=utf-8' }) },
  };

  return (req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://receiver');
    } catch {
      return send(res, 400, 'bad URL');
    }
    const route = routes[url.pathname];
    if (!route) return send(res, 404, 'not found');
    const handler = route[req.method ?? ''] ?? (req.method === 'HEAD' ? route.GET : undefined);
    if (!handler) return send(res, 405, 'method not allowed', { Allow: Object.keys(route).join(', '), Connection: 'close' });
    Promise.resolve(handler(req, res, url)).catch((error) => {
      if ((error as Error)?.message !== 'aborted') log('error', `request failed: ${(error as Error)?.message ?? error}`);
      if (!res.headersSent) send(res, 400, 'bad request', { Connection: 'close' });
      else res.destroy();
    });
  };
}
