import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, part, pause, pageGlobal, until } from '../helpers.js';

afterEach(cleanUp);

/** Collects every error the page reports, thrown or rejected, before anything else runs. */
const CATCH_ERRORS = `<script>
  window.errors = [];
  addEventListener('error', (event) => window.errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => window.errors.push(String(event.reason)));
</script>`;

/** Cookies blocked the way a browser or an extension blocks them: every access throws. */
const BLOCK_COOKIES = `<script>
  const blocked = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
  Object.defineProperty(Document.prototype, 'cookie', { get: blocked, set: blocked, configurable: true });
</script>`;

const GATED = `<script type="text/plain" data-consent="statistics">window.runs = (window.runs || 0) + 1;</script>`;

describe('where cookies cannot be used', () => {
  it('works in memory for the page and throws nothing when document.cookie throws', async () => {
    const portal = await openPortal(charter('google-consent-mode') + GATED, {
      head: CATCH_ERRORS + BLOCK_COOKIES,
    });
    const { api, host, doc } = portal;
    expect(() => doc.cookie).to.throw();

    (await until(() => part(host, 'accept-all'), 'the banner')).click();
    expect(api.decided).to.equal(true);
    expect(api.allows('statistics')).to.equal(true);
    expect(api.preferences()!.categories).to.deep.equal({ statistics: true, 'third-party': true });
    await until(() => pageGlobal(portal, 'runs') === 1, 'the gated script');
    await until(() => !part(host, 'banner'), 'the banner to go');

    // A withdrawal deletes cookies, a reset removes the stored one: neither may throw.
    api.choose({ statistics: false });
    expect(api.allows('statistics')).to.equal(false);
    api.reset();
    expect(api.decided).to.equal(false);
    await until(() => part(host, 'banner'), 'the banner again');
    api.rejectAll();
    expect(api.decided).to.equal(true);

    // Long enough for the other-tabs check to read the cookie again.
    await pause(1200);
    expect(api.decided).to.equal(true);
    expect(pageGlobal(portal, 'errors')).to.deep.equal([]);
  });

  it('works in a sandboxed frame, whose document.cookie throws', async () => {
    const reports: Record<string, unknown>[] = [];
    const listener = (event: MessageEvent) => {
      if (event.data?.sandboxed) reports.push(event.data);
    };
    window.addEventListener('message', listener);
    try {
      const frame = document.createElement('iframe');
      frame.sandbox.add('allow-scripts');
      // The drop-in is a classic script; its sibling modules load into the opaque origin through CORS, as from a CDN.
      frame.srcdoc = `<!doctype html><html lang="fr"><head><meta charset="utf-8">${CATCH_ERRORS}</head><body>
        ${charter()}${GATED}
        <script src="${location.origin}/dist/cookie-charter.js" defer></script>
        <script>
          let cookieThrows = false;
          try { document.cookie; } catch { cookieThrows = true; }
          (window.cookieCharter = window.cookieCharter || []).push((api) => {
            const before = api.decided;
            api.acceptAll();
            setTimeout(() => parent.postMessage({
              sandboxed: true, cookieThrows, before, decided: api.decided, statistics: api.allows('statistics'),
              runs: window.runs, errors: window.errors,
            }, '*'), 1200);
          });
        </script>
      </body></html>`;
      document.body.append(frame);
      const report = await until(() => reports[0], 'the report from the sandboxed frame', 5000);
      frame.remove();
      expect(report).to.deep.equal({
        sandboxed: true,
        cookieThrows: true,
        before: false,
        decided: true,
        statistics: true,
        runs: 1,
        errors: [],
      });
    } finally {
      window.removeEventListener('message', listener);
    }
  });
});
