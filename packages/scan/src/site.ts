/*
 * Sites, to tell a third party from the page: a site is a host's registrable domain, its last two labels
 * or three under the few multi-label public suffixes below. Not the whole Public Suffix List: enough
 * for portals and the providers they embed.
 */
const SUFFIXES = new Set([
  'gouv.fr',
  'asso.fr',
  'com.fr',
  'nom.fr',
  'presse.fr',
  'tm.fr',
  'co.uk',
  'org.uk',
  'gov.uk',
  'ac.uk',
  'com.au',
  'co.jp',
  'github.io',
  'gitlab.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'web.app',
  'firebaseapp.com',
  'herokuapp.com',
  'appspot.com',
  'azurewebsites.net',
  'cloudfront.net',
  'blogspot.com',
]);

/** The site of a host or of a cookie's domain (`.example.fr`, `data.example.fr` → `example.fr`). */
export function siteOf(host: string): string {
  const name = host.replace(/^\./, '').toLowerCase();
  if (!name.includes('.') || /^[\d.]+$|:/.test(name)) return name;
  const labels = name.split('.');
  const last = labels.slice(-2).join('.');
  return SUFFIXES.has(last) && labels.length > 2 ? labels.slice(-3).join('.') : last;
}
