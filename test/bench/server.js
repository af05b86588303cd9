// A tiny static server on 127.0.0.1 for the benchmark: one mock portal page per system at
// `/p/<name>.html`, this project's build at `/cc/` (another build at `/cc-baseline/`, when given), the
// peers' npm packages at `/nm/<package>/`.
// Files are sent uncompressed with `Cache-Control: no-store`, so that every visit fetches every file
// (run.js computes the gzip and brotli sizes of each response body itself).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const roots = {
  cc: join(here, '..', '..', 'dist'),
  nm: join(here, 'node_modules'),
};
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The same mock portal for every system; only the widget's own tags differ. */
export function portalPage(system) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open data – banc d'essai (${system.name})</title>
<link rel="icon" href="data:,">
<style>
body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #161616; }
header, main, footer { padding: 1rem 2rem; }
header { border-bottom: 1px solid #ddd; }
footer { border-top: 1px solid #ddd; }
</style>
${system.head}
</head>
<body>
<header><p>Open data Ris-Orangis</p></header>
<main>
<h1>Les données ouvertes de Ris-Orangis</h1>
<p>Portail fictif pour comparer des bannières de consentement.</p>
<ul>
<li><a href="#">Équipements sportifs</a> – 142 enregistrements</li>
<li><a href="#">Arrêts de bus</a> – 318 enregistrements</li>
<li><a href="#">Budget primitif 2024</a> – 1 204 enregistrements</li>
<li><a href="#">Qualité de l'air</a> – 8 760 enregistrements</li>
</ul>
</main>
<footer><a href="/confidentialite">Confidentialité</a></footer>
${system.body}
</body>
</html>
`;
}

/** Starts the server on an ephemeral port of 127.0.0.1; resolves to { origin, close }. */
export function startServer(systems, baseline) {
  const mounts = baseline ? { ...roots, 'cc-baseline': resolve(baseline) } : roots;
  const pages = new Map(systems.map((system) => [`/p/${system.name}.html`, portalPage(system)]));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const headers = { 'cache-control': 'no-store' };
    const page = pages.get(path);
    if (page !== undefined) {
      response.writeHead(200, { ...headers, 'content-type': types['.html'] }).end(page);
      return;
    }
    const [, mount, ...rest] = path.split('/');
    const root = mounts[mount];
    const file = root && normalize(join(root, ...rest));
    if (!file || !file.startsWith(root + sep)) {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
