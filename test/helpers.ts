import type { CookieCharterApi } from '../src/consent/api.js';

export interface Portal {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  api: CookieCharterApi;
  /** The `<cookie-charter>` element of the portal page. */
  host: HTMLElement | null;
}

const frames: HTMLIFrameElement[] = [];

/** Waits until `check` returns a truthy value (polling each animation frame), or fails after `ms`. */
export async function until<T>(check: () => T, what = 'condition', ms = 3000): Promise<NonNullable<T>> {
  const end = performance.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * A fresh portal page in an iframe (same origin, so it shares the test page's cookies), with the
 * widget loaded from the sources or from the built drop-in script, as a portal would load it.
 */
export async function openPortal(
  body: string,
  {
    head = '',
    script = 'src',
    lang = 'fr',
    waitForApi = script !== 'none',
  }: { head?: string; script?: 'src' | 'dist' | 'none'; lang?: string; waitForApi?: boolean } = {},
): Promise<Portal> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 700px; border: 0';
  const tag =
    script === 'src'
      ? '<script type="module" src="/src/module.ts"></script>'
      : script === 'dist'
        ? '<script src="/dist/cookie-charter.js" defer></script>'
        : '';
  frame.srcdoc = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">${head}</head><body>${body}${tag}</body></html>`;
  return load(frame, waitForApi);
}

/**
 * A page served from `url` (same origin) in an iframe: a fixture served with its own headers, or one
 * in quirks mode, which a srcdoc document never is.
 */
export function openPage(url: string, { waitForApi = true } = {}): Promise<Portal> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 700px; border: 0';
  frame.src = url;
  return load(frame, waitForApi);
}

async function load(frame: HTMLIFrameElement, waitForApi: boolean): Promise<Portal> {
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const api = !waitForApi
    ? (null as unknown as CookieCharterApi)
    : await until(() => {
        const value = win.cookieCharter;
        return value && !Array.isArray(value) ? value : null;
      }, 'window.cookieCharter');
  const doc = frame.contentDocument as Document;
  return { frame, win, doc, api, host: doc.querySelector('cookie-charter') };
}

/** Removes the portal frames and every cookie of the test origin. */
export function cleanUp(): void {
  for (const frame of frames.splice(0)) frame.remove();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0].trim();
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}

/** The shadow-DOM node with this `part` name inside a `<cookie-charter>`. */
export function part<T extends Element = HTMLElement>(host: Element | null, name: string): T | null {
  return (host?.shadowRoot?.querySelector(`[part~="${name}"]`) as T | null) ?? null;
}

/** The raw `cookies_preferences` value, URL-decoded, or null. */
export function storedCookie(doc: Document = document): string | null {
  const found = doc.cookie.split('; ').find((cookie) => cookie.startsWith('cookies_preferences='));
  return found ? decodeURIComponent(found.slice('cookies_preferences='.length)) : null;
}

export const ENTRIES = `
  <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
    cookies="_pk_id.* _pk_ses.*" purpose="Mesurer la fréquentation du portail" duration="13 mois"></cookie-charter-entry>
  <cookie-charter-entry id="youtube" category="third-party" provider="YouTube" service="Vidéos"
    cookies="YSC VISITOR_INFO1_LIVE" purpose="Lire les vidéos"></cookie-charter-entry>
  <cookie-charter-entry id="dailymotion" category="third-party" provider="Dailymotion" service="Vidéos"
    cookies="v1st" purpose="Lire les vidéos"></cookie-charter-entry>`;

/** A charter with one statistics entry and two third-party entries. */
export const charter = (attributes = '') => `<cookie-charter ${attributes}>${ENTRIES}</cookie-charter>`;

/** Waits `ms` milliseconds: the time something that must not happen would have needed to happen. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A global that a portal page's own scripts set (`window.runs`…), read from the test. */
export const pageGlobal = <T = unknown>(portal: Portal, name: string): T => (portal.win as unknown as Record<string, T>)[name];

/** Waits for `window.cookieCharter` of a portal opened with `script: 'none'` and its own script tag. */
export const apiOf = (portal: Portal) =>
  until(() => {
    const value = portal.win.cookieCharter;
    return value && !Array.isArray(value) ? value : null;
  }, 'window.cookieCharter');

/** The element that has focus, looking into shadow roots. */
export function focused(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short, readable name for an element in assertion messages (never the element itself). */
const describeElement = (element: Element | null) =>
  element
    ? `<${element.localName}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${element.textContent?.trim().slice(0, 40)}"`
    : 'nothing';

/** Waits (briefly) for focus to land on `expected`, then fails naming where it is instead. */
export async function expectFocusOn(doc: Document, expected: Element | null): Promise<void> {
  try {
    await until(() => focused(doc) === expected, 'focus', 1000);
  } catch {
    throw new Error(`focus is on ${describeElement(focused(doc))}, not on ${describeElement(expected)}`);
  }
}

/**
 * A statement for a page's script: the widget's receipts (posted with `fetch` and `keepalive`) go to
 * `record(url, body)`, an expression of the page, instead of the network; other requests go on as usual.
 */
export const recordReceipts = (record: string) =>
  `{ const send = window.fetch; const record = ${record}; window.fetch = function (url, init) {
    if (!init || !init.keepalive) return send.apply(this, arguments);
    record(String(url), String(init.body));
    return Promise.resolve(new Response(null, { status: 204 }));
  }; }`;

/** Whether a body the widget posted is a receipt of a choice, not the charter that follows one. */
export const isReceipt = (body: string) => !('shown' in JSON.parse(body));
