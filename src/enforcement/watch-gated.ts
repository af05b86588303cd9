/** Gated content: a placeholder script or a template that waits for consent. */
export const GATED = 'script[type="text/plain"][data-consent],template[data-consent]';

/**
 * Calls `found` with each gated element that a single-page app adds once the page has been parsed
 * (what the parser adds is looked at when it is done), nested ones included. Returns a function that
 * stops watching.
 */
export function watchGated(found: (element: Element) => void): () => void {
  const watcher = new MutationObserver((records) => {
    if (document.readyState === 'loading') return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).matches(GATED)) found(node as Element);
        for (const element of (node as Element).querySelectorAll(GATED)) found(element);
      }
    }
  });
  watcher.observe(document, { childList: true, subtree: true });
  return () => watcher.disconnect();
}
