/** What reached `/receipt-sink`, in order, until a test reads it. */
const heard = [];

/**
 * `/receipt-sink`: a receipt endpoint of the test server. It answers 204 and keeps, for each request,
 * what a receipt store would see: the method, the headers that could carry something about the visitor
 * (`Cookie`, `Referer`), `Origin`, `Content-Type`, and the body.
 */
export function receiptSink() {
  return async (context, next) => {
    if (context.path !== '/receipt-sink') return next();
    let body = '';
    for await (const chunk of context.req) body += chunk;
    const { method, headers } = context.req;
    heard.push({
      method,
      cookie: headers.cookie ?? null,
      referer: headers.referer ?? null,
      origin: headers.origin ?? null,
      type: headers['content-type'] ?? null,
      body,
    });
    context.status = 204;
  };
}

/** The test-runner command `receipt-sink`: what the endpoint heard since it was last asked, and forgets it. */
export function receiptSinkPlugin() {
  return {
    name: 'receipt-sink-command',
    executeCommand({ command }) {
      if (command !== 'receipt-sink') return undefined;
      return heard.splice(0);
    },
  };
}
