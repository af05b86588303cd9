import type { Consent } from './consent.js';
import type { warn as Warn } from './warn.js';

/** Gated content: what `enforce.ts` looks for before loading this module. */
export const GATED = 'script[type="text/plain"][data-consent],template[data-consent]';
/** Types the browser runs, so that waiting for the script's `load` cannot wait forever. */
const RUNNABLE = /^(module|(text|application)\/(java|ecma)script)?$/i;

type Policy = Record<'createScript' | 'createScriptURL', (value: string) => string>;
/** undefined until first needed; null without Trusted Types or when the page does not allow it. */
let policy: Policy | null | undefined;

/**
 * Under Trusted Types (`require-trusted-types-for 'script'`), a script's text, `src` and inline
 * handlers only take values made by a policy. The page wrote the placeholder itself: the
 * `cookie-charter` policy passes its values on as they are. Made on first use, so that a page without
 * gated scripts needs no policy; where the page's CSP does not allow it, a warning says so and the
 * browser keeps gated scripts blocked.
 */
const trusted = (kind: keyof Policy, value: string, warn: typeof Warn): string => {
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
 * Puts gated content in place: a real `<script>` with the placeholder's attributes, or the template's
 * content. Resolves once a blocking script has loaded, so that what follows runs after it.
 */
function release(node: Element, warn: typeof Warn): Promise<unknown> | void {
  if (!node.isConnected) return; // removed by the page meanwhile: it never runs
  if (node.localName === 'template') return node.replaceWith(document.importNode((node as HTMLTemplateElement).content, true));
  const placeholder = node as HTMLScriptElement;
  const script = document.createElement('script');
  for (const { name, value } of placeholder.attributes) {
    if (name === 'src') script.src = trusted('createScriptURL', value, warn);
    else if (/^on/i.test(name)) script.setAttribute(name, trusted('createScript', value, warn));
    else if (name !== 'type' && name !== 'data-type' && name !== 'data-consent') script.setAttribute(name, value);
  }
  const type = placeholder.getAttribute('data-type') ?? '';
  if (type) script.type = type;
  // Browsers hide the nonce attribute once the page has run; the property keeps it.
  script.nonce = placeholder.nonce;
  // A created script is async unless told otherwise; a parser-inserted one without `async` keeps order.
  script.async = placeholder.hasAttribute('async');
  script.text = trusted('createScript', placeholder.text, warn);
  let loaded: Promise<unknown> | undefined;
  if (script.src && !script.async && RUNNABLE.test(type)) {
    loaded = new Promise((done) => {
      script.addEventListener('load', done);
      script.addEventListener('error', done);
    });
  }
  placeholder.replaceWith(script);
  return loaded;
}

/**
 * Runs `<script type="text/plain" data-consent="…">` and inserts `<template data-consent="…">` once,
 * in document order, as soon as the category or entry id they name is allowed, including content that
 * a single-page app adds later.
 */
export function gateContent(consent: Consent, warn: typeof Warn): void {
  let queue: Promise<unknown> = Promise.resolve();

  const consider = (node: Element) => {
    const name = node.getAttribute('data-consent') ?? '';
    if (!consent.allows(name)) {
      if (consent.config.entries.length && !consent.kind(name)) warn('gated', name);
      return;
    }
    // Asked again at its turn: the visitor may have withdrawn while an earlier script was loading.
    // Queued by two scans, a node is released once: the first release takes it out of the page.
    queue = queue.then(() => consent.allows(name) && release(node, warn)).catch(() => {});
  };
  // While the page is parsed, a placeholder may be only partly read: wait for the whole document.
  const scan = () => {
    if (document.readyState !== 'loading') document.querySelectorAll(GATED).forEach(consider);
  };

  consent.watch(scan);
  document.addEventListener('DOMContentLoaded', scan);
  scan();
  new MutationObserver((records) => {
    if (document.readyState === 'loading') return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).matches(GATED)) consider(node as Element);
        (node as Element).querySelectorAll(GATED).forEach(consider);
      }
    }
  }).observe(document, { childList: true, subtree: true });
}
