/*
 * The places a script of this page can reach a cookie: each `Domain` (none, the host, each parent)
 * and each `Path` that covers the page. A cookie the page can read lives at one of them.
 */

/**
 * The host and each parent domain but the last label: every `Domain` a page's script may have used.
 * None for a single-label host (localhost) or an IP address, where `Domain` can only be the host itself,
 * which browsers take as host-only.
 */
export function cookieDomains(host: string): string[] {
  const domains: string[] = [];
  if (/^[\d.]+$|:/.test(host)) return domains;
  for (let rest = host; rest.includes('.'); rest = rest.slice(rest.indexOf('.') + 1)) domains.push(rest);
  return domains;
}

/** `/` and each prefix of the page's path, with and without its closing slash: the paths that cover it. */
export function cookiePaths(path: string): string[] {
  const paths = ['/'];
  if (path[0] !== '/') return paths; // about:srcdoc and the like use their parent's cookies, at `/`
  for (let end = path.indexOf('/', 1); end !== -1; end = path.indexOf('/', end + 1)) paths.push(path.slice(0, end), path.slice(0, end + 1));
  if (path.length > 1 && path[path.length - 1] !== '/') paths.push(path);
  return paths;
}

/** `Domain` and `Path` of one place; `domain` '' for a host-only cookie. */
export interface Place {
  domain: string;
  path: string;
}

/**
 * Expires cookie `name` at every place this page can reach, but `keep`. `__Host-` names exist only
 * host-only at `/` and need `Secure`, `__Secure-` names need `Secure`; a Partitioned cookie (in an
 * embedded page) is a cookie of its own, expired with `Partitioned`.
 */
export function expireEverywhere(name: string, keep?: Place): void {
  const secure = location.protocol === 'https:' || /^__(Host|Secure)-/i.test(name) ? '; Secure' : '';
  const host = /^__Host-/i.test(name);
  // `document.domain` is the origin's host, also in srcdoc frames whose location has none.
  const domains = host ? [''] : ['', ...cookieDomains(document.domain)];
  const paths = host ? ['/'] : cookiePaths(location.pathname);
  // A `Domain` that is none of these is the host-only place (see `cookieDomains`).
  const kept = keep && domains.includes(keep.domain) ? keep.domain : '';
  for (const domain of domains) {
    for (const path of paths) {
      if (keep && kept === domain && keep.path === path) continue;
      const gone = `${name}=; Max-Age=0; Path=${path}${domain && `; Domain=${domain}`}${secure}`;
      document.cookie = gone;
      if (secure) document.cookie = `${gone}; Partitioned`;
    }
  }
}
