// The benchmark's static servers, on 127.0.0.1 only.
//
// The main one serves each page for each system at `/p/<page>/<system>.html` (pages.js), this project's
// build at `/cc/` (another build at `/cc-baseline/`, when given), npm packages at `/nm/<package>/`
// (test/bench/node_modules), and the portal page's own files at `/portal/`. A second one, on another
// port, serves the portal map's tiles at `/tiles/<z>/<x>/<y>.png`, as a tile server of its own would.
//
// Files are sent as a CDN sends them: brotli-compressed at quality 11 when the browser accepts it
// (compressed once, kept in memory), with `Cache-Control: no-store`, so that every visit fetches every file.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompress, constants } from 'node:zlib';
import { pageHtml, pageNames, widgetBundle } from './pages.js';
import { tilePng } from './tile.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const roots = {
  cc: join(here, '..', '..', 'dist'),
  nm: join(here, 'node_modules'),
  portal: join(here, 'portal'),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
// Already compressed: a CDN sends them as they are.
const stored = new Set(['.png', '.gif', '.woff2', '.woff']);

/** `body` as a CDN would send it to a browser that accepts brotli. */
function compress(body) {
  return new Promise((done, fail) =>
    brotliCompress(
      body,
      { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } },
      (error, result) => (error ? fail(error) : done(result)),
    ),
  );
}

/** The portal's widget bundle: its libraries one after another, as a build's concatenation makes it. */
async function bundle() {
  const parts = await Promise.all(widgetBundle.map((file) => readFile(join(roots.nm, file), 'utf8')));
  return Buffer.from(parts.join('\n;\n'));
}

/** A request handler over `find(path)`, which resolves to `{ body, type }` or null. */
function handler(find) {
  const cache = new Map(); // path → Promise of { body, type, br }
  return async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const headers = { 'cache-control': 'no-store' };
    let entry = cache.get(path);
    if (!entry) {
      entry = (async () => {
        const found = await find(path);
        if (!found) return null;
        const br = stored.has(extname(path)) ? null : await compress(found.body);
        return { ...found, br };
      })();
      cache.set(path, entry);
    }
    let found;
    try {
      found = await entry;
    } catch {
      found = null;
    }
    if (!found) {
      cache.delete(path);
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const brotli = found.br && /\bbr\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = brotli ? found.br : found.body;
    response
      .writeHead(200, {
        ...headers,
        'content-type': found.type,
        'content-length': body.length,
        ...(brotli ? { 'content-encoding': 'br' } : {}),
        vary: 'Accept-Encoding',
      })
      .end(body);
  };
}

function listen(server) {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${server.address().port}`));
  });
}

/**
 * Starts both servers on ephemeral ports of 127.0.0.1; resolves to { origin, tiles, close }.
 * `systems` are those whose pages are served; `baseline` is the folder of another build, if any.
 */
export async function startServer(systems, baseline) {
  const tileServer = createServer(
    handler(async (path) => {
      const match = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.png$/.exec(path);
      return match && { body: tilePng(Number(match[1]), Number(match[2]), Number(match[3])), type: types['.png'] };
    }),
  );
  const tiles = await listen(tileServer);

  const mounts = baseline ? { ...roots, 'cc-baseline': resolve(baseline) } : roots;
  const pages = new Map(
    pageNames.flatMap((page) => systems.map((system) => [`/p/${page}/${system.name}.html`, pageHtml(page, system, { tiles })])),
  );
  const server = createServer(
    handler(async (path) => {
      const page = pages.get(path);
      if (page !== undefined) return { body: Buffer.from(page), type: types['.html'] };
      if (path === '/portal/widgets.js') return { body: await bundle(), type: types['.js'] };
      const [, mount, ...rest] = path.split('/');
      const root = mounts[mount];
      const file = root && normalize(join(root, ...rest));
      if (!file || !file.startsWith(root + sep)) return null;
      try {
        return { body: await readFile(file), type: types[extname(file)] ?? 'application/octet-stream' };
      } catch {
        return null;
      }
    }),
  );
  const origin = await listen(server);
  const close = (each) => new Promise((done) => each.close(done));
  return { origin, tiles, close: () => Promise.all([close(server), close(tileServer)]) };
}
