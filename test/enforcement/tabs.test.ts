import { expect } from '@open-wc/testing';
import type { Preferences } from '../../src/consent/choice.js';
import { charter, cleanUp, openPortal, part, pageGlobal, pause, recordReceipts, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

const PAGE =
  charter('revision="2024-06"') + `<script type="text/plain" data-consent="statistics">window.runs = (window.runs || 0) + 1;</script>`;

describe('other tabs', () => {
  it('hear of a choice within a second: banner hidden, allows, onChange, the event, gated content', async () => {
    const one = await openPortal(PAGE);
    const other = await openPortal(PAGE);
    await until(() => part(other.host, 'banner'), "the other tab's banner");
    const heard: (Preferences | null)[] = [];
    const events: unknown[] = [];
    other.api.onChange((preferences) => heard.push(preferences));
    other.doc.addEventListener('cookie-charter:change', (event) => events.push((event as CustomEvent).detail));

    // Tabs of the same origin are told at once; the cookie check below is only the fallback.
    const channel = new BroadcastChannel('cookie-charter');
    let announced = 0;
    channel.onmessage = () => (announced += 1);

    (await until(() => part(one.host, 'accept-all'), 'the banner')).click();
    const start = performance.now();
    await until(() => other.api.decided && !part(other.host, 'banner') && pageGlobal(other, 'runs') === 1, 'the other tab', 1000);
    expect(performance.now() - start).to.be.below(1000);
    expect(other.api.allows('statistics')).to.equal(true);
    expect(heard).to.have.length(1);
    expect(heard[0]!.id).to.equal(one.api.preferences()!.id);
    expect(events).to.have.length(1);
    await until(() => announced === 1, 'the announcement');
    channel.close();

    one.api.reset();
    await until(() => part(other.host, 'banner'), "the other tab's banner again", 1000);
    expect(other.api.decided).to.equal(false);
    expect(heard).to.have.length(2);
  });

  for (const [how, attribute, nudge] of [
    ['when the tab gets focus', '', true],
    ['every second when a cookie-domain shares the choice with other subdomains', 'cookie-domain="localhost"', false],
  ] as const) {
    it(`reads the cookie again ${how}, when no message comes`, async () => {
      const portal = await openPortal(PAGE.replace('<cookie-charter', `<cookie-charter ${attribute}`));
      await until(() => part(portal.host, 'banner'), 'the banner');
      // Written the way another subdomain's tab would: only the cookie changes, no message is sent.
      const value = { s: 1, t: 0, r: '2024-06', d: Math.floor(Date.now() / 1000), i: 'k2m9q4p1x7' };
      document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(value))}; Path=/`;
      // Chromium shows a document another one's cookie write a moment later: focus comes after that.
      await until(() => portal.doc.cookie.includes('cookies_preferences='), 'the cookie to reach the page');
      if (nudge) portal.win.dispatchEvent(new Event('focus'));
      await until(() => portal.api.decided, 'the choice from the cookie', 1500);
      expect(portal.api.allows('statistics')).to.equal(true);
      expect(portal.api.allows('third-party')).to.equal(false);
      await until(() => !part(portal.host, 'banner') && pageGlobal(portal, 'runs') === 1, 'banner hidden and script run');
    });
  }

  it('settle under Global Privacy Control when their charters have different revisions: each records the refusal once', async () => {
    // Global Privacy Control, and counters of receipts, change events and written values of the cookie.
    const head = `<script>
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });
      window.beacons = 0;
      window.changes = 0;
      window.writes = 0;
      ${recordReceipts('() => (window.beacons += 1)')}
      document.addEventListener('cookie-charter:change', () => (window.changes += 1));
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() { return cookie.get.call(this); },
        set(value) {
          if (/^cookies_preferences=[^;]/.test(String(value))) window.writes += 1;
          cookie.set.call(this, value);
        },
      });
    </script>`;
    const one = await openPortal(charter('revision="2024-06" receipt-endpoint="/receipts"'), { head });
    const other = await openPortal(charter('revision="2024-07" receipt-endpoint="/receipts"'), { head });
    const total = (name: string) => pageGlobal<number>(one, name) + pageGlobal<number>(other, name);
    await pause(2000);
    expect(total('beacons')).to.be.at.most(2);
    expect(total('changes')).to.be.at.most(2);
    for (const portal of [one, other]) {
      expect(portal.api.decided).to.equal(true);
      expect(portal.api.allows('statistics')).to.equal(false);
      expect(portal.api.preferences()!.gpc).to.equal(true);
    }
    const settled = (portal: Portal) => [pageGlobal(portal, 'writes'), pageGlobal(portal, 'changes'), pageGlobal(portal, 'beacons')];
    const before = [settled(one), settled(other)];
    await pause(1000);
    expect([settled(one), settled(other)]).to.deep.equal(before, 'nothing written, told or sent once settled');
  });

  it('does not poll the cookie when no cookie-domain is set', async () => {
    const portal = await openPortal(PAGE);
    await until(() => part(portal.host, 'banner'), 'the banner');
    const value = { s: 1, t: 0, r: '2024-06', d: Math.floor(Date.now() / 1000), i: 'k2m9q4p1x7' };
    document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(value))}; Path=/`;
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(portal.api.decided).to.equal(false);
  });
});
