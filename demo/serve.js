// Serves the demo portal pages and the built widget on 127.0.0.1, with no dependency beyond Node.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { portals } from './portals.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 8000);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const read = (name) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const template = read('portal.html');
/** The page's main content: each portal's datasets, or, on a page of its own, embedded videos. */
const datasets = read('datasets.html');
const pages = [
  ...portals.map((portal) => ({ ...portal, content: datasets })),
  { ...portals[0], page: 'videos.html', label: 'Vidéos intégrées', content: read('videos.html') },
];
const nav = [
  ...pages.map((page) => `<li><a href="/${page.page}">${page.label ?? page.name}</a></li>`),
  '<li><a href="/demo/configurator.html">Configurateur</a></li>',
].join('');

/** A portal page: the template filled with that portal's name, platform, charter entries and content. */
function portalPage(page) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key) => (key === 'nav' ? nav : page[key]));
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  const portal = pages.find((candidate) => path === `/${candidate.page}` || (path === '/' && candidate.page === 'index.html'));
  if (portal) {
    response.writeHead(200, { 'content-type': types['.html'], 'cache-control': 'no-cache' }).end(portalPage(portal));
    return;
  }
  let file = normalize(join(root, path === '/' ? 'demo/index.html' : path));
  if (!file.startsWith(root) || file.includes(`${sep}node_modules${sep}`)) {
    response.writeHead(403).end('Forbidden');
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  // dist/ as public CDNs serve it: its sibling files are ES modules, which the configurator's preview (a
  // sandboxed frame, of an opaque origin) may only load with CORS.
  const cors = path.startsWith('/dist/') ? { 'access-control-allow-origin': '*' } : {};
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', ...cors });
  createReadStream(file).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`cookie-charter demo: http://127.0.0.1:${port}/`);
});
