/*
 * Starts the widget: installs `window.cookieCharter` at once, and starts following the page (see
 * `page.ts`) at once on a first visit, else at the API's first use, or in a task of its own right after
 * this one.
 */
import { createApi, installApi, type CookieCharterApi } from '../consent/api.js';
import type { Answers } from '../consent/consent.js';
import { readStored } from '../consent/store.js';
import { explainWith, whenWarned } from '../consent/warn.js';
import type { Loaders } from './loaders.js';
import { firstVisit, followPage, type Page } from './page.js';

export function start(loaders: Loaders): CookieCharterApi {
  const existing = window.cookieCharter;
  // Loaded twice: the first copy stays in charge.
  if (existing && !Array.isArray(existing) && typeof existing.allows === 'function') return existing;

  // A healthy page never downloads the explanations.
  whenWarned(() =>
    loaders.messages().then(
      (messages) => explainWith(messages.explain),
      () => {},
    ),
  );

  let page: Page | undefined;
  /** The core's table of answers, published on every change: the query a page may make in a loop is one lookup. */
  let answers: Answers | undefined;
  // With `defer`, the parser runs this script at the end of its own task, which following the page
  // (reading the cookie and the charter, other tabs, the banner) would lengthen.
  const started = (stored?: string[], first?: boolean) => (page ??= followPage(loaders, (table) => (answers = table), stored, first));

  const api = createApi({
    core: () => started().consent,
    open: () => started().open(),
    allows: (name) => (answers ?? (started(), answers!))[name] === true,
    record: (action) => started().whenCharterRead(action),
  });
  installApi(api);
  // Listened to from the start: a click on a footer link never falls through to its `href`.
  // The event's path holds the link also when it is in an open shadow root (a footer drawn by a web component).
  document.addEventListener('click', (event) => {
    if (!event.composedPath().some((node) => (node as Element).matches?.('[data-cookie-charter-open]'))) return;
    event.preventDefault();
    started().open();
  });
  // A first visit starts now: the banner's file is asked for before the page's own start-up (an
  // application bootstrapping on DOMContentLoaded) takes the main thread.
  // A returning visitor's page still being parsed (the script async in <head>) is followed once it is
  // read, rather than judged again as each part of the charter arrives.
  const stored = readStored();
  // A banner written into the page and shown already (src/prerender.ts) needs nothing of the widget
  // before the page's first paint: the start-up waits for the frame after it.
  if (firstVisit(stored)) {
    if (document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[data-prerendered]:not([hidden])'))
      requestAnimationFrame(() => setTimeout(started));
    else started(stored, true);
  } else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => started(), { once: true });
  else setTimeout(() => started());
  return api;
}
