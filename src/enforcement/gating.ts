import type { Consent } from '../consent/consent.js';
import type { Warn } from '../consent/warn.js';
import { showPlaceholders, type PlaceholderLoaders } from './show-placeholders.js';
import { GATED, watchGated } from './watch-gated.js';

/** How long a gated script may take to load or fail before what follows stops waiting for it. */
const PATIENCE = 10000;
/** HTML's JavaScript MIME types (no parameters allowed), or no type at all: a classic script. */
const CLASSIC = /^((text|application)\/(x-)?(java|ecma)script|text\/(javascript1\.[0-5]|jscript|livescript))?$/i;
/** Without HTML's leading and trailing ASCII whitespace. */
const strip = (value: string | null) => value?.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

type Policy = Record<'createScript' | 'createScriptURL', (value: string) => string>;
/** undefined until first needed; null without Trusted Types or when the page does not allow it. */
let policy: Policy | null | undefined;

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), a script's text, `src` and inline
 * handlers only take values made by a policy. The page wrote the gated script itself: the
 * `cookie-charter` policy passes its values on as they are. Made on first use, so that a page without
 * gated scripts needs no policy; where the page's CSP does not allow it, a warning says so and the
 * browser keeps gated scripts blocked.
 */
const trusted = (kind: keyof Policy, value: string, warn: Warn): string => {
  if (policy === undefined) {
    policy = null;
    try {
      const types = (window as { trustedTypes?: { createPolicy(name: string, rules: Policy): Policy } }).trustedTypes;
      policy = types?.createPolicy('cookie-charter', { createScript: String, createScriptURL: String }) ?? null;
    } catch (error) {
      warn('trustedTypes', error);
    }
  }
  return policy ? policy[kind](value) : value;
};

/**
 * Whether the browser fetches and runs a released script with `src`, and so fires `load` or `error` at
 * it. HTML's "prepare the script element" skips, with neither event, a type that is neither JavaScript
 * nor `module` (read from `language` when there is no `type`), a classic script with `nomodule`, or one
 * whose `for` and `event` are not `window` and `onload`. An import map or speculation rules are not
 * fetched, and an empty `src` fails at once.
 */
function fetched(script: HTMLScriptElement): boolean {
  const attribute = (name: string) => script.getAttribute(name);
  const language = attribute('language');
  const type = attribute('type') ?? (language ? `text/${language}` : '');
  if (!attribute('src') || script.async) return false;
  if (/^module$/i.test(type)) return true;
  const [target, event] = [strip(attribute('for')), strip(attribute('event'))];
  return (
    CLASSIC.test(type) &&
    !script.noModule &&
    (target == null || event == null || (/^window$/i.test(target) && /^onload(\(\))?$/i.test(event)))
  );
}

/**
 * Takes out of a template's content what could run without the nonce: `<script>` elements without it,
 * in open shadow roots too, and what closed shadow roots hold, since they cannot be looked into. The
 * content is the template's own, in its inert document: nothing runs or loads there. Says whether it took
 * anything out.
 */
function unsigned(root: ParentNode, nonce: string): boolean {
  let found = false;
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === 'script') {
      if ((element as HTMLScriptElement).nonce === nonce) continue;
      element.remove();
      found = true;
    } else if (element.shadowRoot) {
      found = unsigned(element.shadowRoot, nonce) || found;
    } else {
      try {
        // A copy takes a closed shadow root along only when it is cloned with the content (shadowrootclonable).
        (element.cloneNode() as Element).attachShadow({ mode: 'open' });
      } catch {
        try {
          // Either a closed declarative shadow root, which this empties, or an element that cannot have one.
          element.attachShadow({ mode: 'closed' });
          found = true;
        } catch {
          // not a shadow host
        }
      }
    }
  }
  return found;
}

/**
 * The nonce of the widget's own `<script>`: the drop-in's, `cookie-charter.js`; else (the ES module
 * build, one of an application's scripts) the first nonce among the page's scripts; empty when none.
 */
function ownNonce(): string {
  let first = '';
  for (const script of document.scripts) {
    if (script.matches(GATED)) continue;
    if (/\/cookie-charter\.js([?#]|$)/.test(script.src)) return script.nonce;
    first ||= script.nonce;
  }
  return first;
}

/**
 * Puts a gated script in place: a real `<script>` with the gated one's attributes, when the widget's
 * own script has a nonce only if it carries it. Resolves once a blocking script has loaded or failed,
 * or after PATIENCE, so that what follows runs after it.
 */
function release(gated: HTMLScriptElement, nonce: string, warn: Warn): Promise<unknown> | void {
  const gate = gated.getAttribute('data-consent');
  // Under 'strict-dynamic', the browser would trust any script the widget inserts: the nonce is asked here.
  if (nonce && gated.nonce !== nonce) return warn('unsigned', gate);
  const script = document.createElement('script');
  // Listened to before the gated script's own handlers are copied, which could stop the event.
  const settled = new Promise((done) => {
    script.addEventListener('load', done);
    script.addEventListener('error', done);
  });
  for (const { name, value } of gated.attributes) {
    if (name === 'src') script.src = trusted('createScriptURL', value, warn);
    else if (/^on/i.test(name)) script.setAttribute(name, trusted('createScript', value, warn));
    else if (name !== 'type' && name !== 'data-type' && name !== 'data-consent') script.setAttribute(name, value);
  }
  // Read as browsers read `type`, without surrounding whitespace (Chromium ignores " module ").
  const type = strip(gated.getAttribute('data-type'));
  if (type) script.type = type;
  // Browsers hide the nonce attribute once the page has run; the property keeps it.
  script.nonce = gated.nonce;
  // A created script is async unless told otherwise; a parser-inserted one without `async` keeps order.
  script.async = gated.hasAttribute('async');
  script.text = trusted('createScript', gated.text, warn);
  gated.replaceWith(script);
  if (!fetched(script)) return;
  return new Promise((done) => {
    const timer = setTimeout(() => done(warn('stalled', gate, script.src)), PATIENCE);
    void settled.then(() => done(clearTimeout(timer)));
  });
}

/** A template's content put in the page: the nodes it became, where, and for which name. */
interface Inserted {
  template: HTMLTemplateElement;
  name: string;
  nodes: Node[];
  parent: ParentNode;
}

/**
 * Runs `<script type="text/plain" data-consent="…">` and inserts `<template data-consent="…">` once,
 * in document order, as soon as the category or entry id they name is allowed, including content that
 * a single-page app adds later. A template that waits shows a placeholder (`show-placeholders.ts`), and
 * the content of a template without scripts goes back into its template when the visitor withdraws.
 */
export function gateContent(consent: Consent, warn: Warn, placeholders: PlaceholderLoaders, open: () => void): void {
  let queue: Promise<unknown> = Promise.resolve();
  const nonce = ownNonce();
  const shown = showPlaceholders(consent, warn, placeholders, () => scan(), open);
  /** Content inserted from templates that held no script: what a withdrawal can take out again. */
  const inserted = new Set<Inserted>();

  /** Puts a template's content in its place (when the widget's own script has a nonce, its scripts only if they carry it). */
  const insert = (template: HTMLTemplateElement, name: string) => {
    const { content } = template;
    if (nonce && unsigned(content, nonce)) warn('unsignedContent', name);
    const parent = template.parentNode!;
    const fragment = document.importNode(content, true);
    const nodes = [...fragment.childNodes];
    template.replaceWith(fragment);
    shown.remove(template, nodes);
    // A script that ran cannot be taken back (nor one that a template inside may run): such content
    // stays until the page reloads.
    if (!content.querySelector('script, template')) inserted.add({ template, name, nodes, parent });
  };

  /**
   * Puts back the template of content that is no longer allowed, in place of what it inserted, when
   * all of that is still where it was put; content the page has moved or removed since is the page's.
   */
  const withdraw = () => {
    for (const insertion of inserted) {
      const { template, name, nodes, parent } = insertion;
      const inPlace = parent.isConnected && nodes.every((node) => node.nodeType !== 1 || node.parentNode === parent);
      if (inPlace && consent.allows(name)) continue;
      inserted.delete(insertion);
      const first = nodes.find((node) => node.parentNode === parent);
      if (!inPlace || !first) continue;
      parent.insertBefore(template, first);
      for (const node of nodes) if (node.parentNode === parent) parent.removeChild(node);
    }
  };

  const consider = (node: Element) => {
    const name = node.getAttribute('data-consent') ?? '';
    if (!consent.allows(name)) {
      if (consent.config.entries.length && !consent.categoryOf(name)) warn('gated', name);
      if (node.localName === 'template') shown.wait(node as HTMLTemplateElement, name);
      return;
    }
    // Asked again at its turn: the visitor may have withdrawn while an earlier script was loading.
    // Queued by two scans, a node is released once: the first release takes it out of the page, and
    // one that the page removed meanwhile never runs.
    queue = queue
      .then(() => {
        if (!consent.allows(name) || !node.isConnected) return;
        if (node.localName === 'template') return insert(node as HTMLTemplateElement, name);
        return release(node as HTMLScriptElement, nonce, warn);
      })
      .catch(() => {});
  };
  // While the page is parsed, gated content may be only partly read: wait for the whole document.
  const scan = () => {
    if (document.readyState === 'loading') return;
    withdraw();
    shown.tidy();
    document.querySelectorAll(GATED).forEach(consider);
  };

  consent.watch(scan);
  document.addEventListener('DOMContentLoaded', scan);
  scan();
  watchGated(consider);
  // Gated content whose name, or whose placeholder's, the page changes: considered again, from no placeholder.
  new MutationObserver((records) => {
    for (const { target } of records)
      if ((target as Element).matches(GATED) && document.readyState !== 'loading') {
        shown.remove(target as HTMLTemplateElement);
        consider(target as Element);
      }
  }).observe(document, { subtree: true, attributeFilter: ['data-consent', 'data-consent-placeholder'] });
}
