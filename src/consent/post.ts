/**
 * Posts a body to the receipt endpoint as a simple request (a string's type is `text/plain;charset=UTF-8`,
 * so no preflight), which outlives the page, and carries neither the page's cookies nor its address:
 * nothing about the visitor goes with a receipt.
 */
export const post = (endpoint: string, body: string) =>
  fetch(endpoint, {
    method: 'POST',
    body,
    keepalive: true,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
  }).catch(() => {});
