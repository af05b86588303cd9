import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, part, pause, pageGlobal, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

/** Records the page's beacons instead of sending them. */
const RECORD_BEACONS = `<script>
  window.beacons = [];
  Object.defineProperty(navigator, 'sendBeacon', {
    value: (url, data) => { window.beacons.push({ url: String(url), data: String(data) }); return true; },
  });
</script>`;

const beacons = (portal: Portal) => pageGlobal<{ url: string; data: string }[]>(portal, 'beacons');

describe('receipt-endpoint', () => {
  it('sends a proof of each choice made on the page, and nothing else', async () => {
    const portal = await openPortal(charter('revision="2024-06" receipt-endpoint="/consent/receipts"'), { head: RECORD_BEACONS });
    await until(() => part(portal.host, 'accept-all'), 'the banner');
    expect(beacons(portal)).to.deep.equal([]);

    part(portal.host, 'accept-all')!.click();
    expect(beacons(portal)).to.have.length(1);
    const [{ url, data }] = beacons(portal);
    expect(url).to.equal(`${location.origin}/consent/receipts`);
    const receipt = JSON.parse(data);
    const preferences = portal.api.preferences()!;
    expect(Object.keys(receipt)).to.deep.equal(['categories', 'entries', 'objections', 'revision', 'date', 'id', 'gpc']);
    expect(receipt).to.deep.equal({
      id: preferences.id,
      date: preferences.date,
      revision: '2024-06',
      categories: { statistics: true, 'third-party': true },
      entries: {},
      objections: [],
      gpc: false,
    });

    portal.api.choose({ youtube: false });
    expect(beacons(portal)).to.have.length(2);
    expect(JSON.parse(beacons(portal)[1].data))
      .to.include({ id: preferences.id })
      .and.deep.include({ entries: { youtube: false } });

    // Forgetting the choice is not a choice.
    portal.api.reset();
    expect(beacons(portal)).to.have.length(2);
  });

  it('is not sent on page load, nor by a tab that only hears of the choice', async () => {
    const body = charter('receipt-endpoint="https://consent.example.fr/receipts"');
    const one = await openPortal(body, { head: RECORD_BEACONS });
    const other = await openPortal(body, { head: RECORD_BEACONS });
    one.api.rejectAll();
    await until(() => other.api.decided, 'the other tab', 1500);
    expect(beacons(one).map((beacon) => beacon.url)).to.deep.equal(['https://consent.example.fr/receipts']);
    expect(beacons(other)).to.deep.equal([]);

    const returning = await openPortal(body, { head: RECORD_BEACONS });
    expect(returning.api.decided).to.equal(true);
    await pause(200);
    expect(beacons(returning)).to.deep.equal([]);
  });

  it('proves a Global Privacy Control refusal', async () => {
    const head = RECORD_BEACONS + `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;
    const portal = await openPortal(charter('receipt-endpoint="/receipts"'), { head });
    await until(() => beacons(portal).length, 'the receipt');
    expect(beacons(portal)).to.have.length(1);
    expect(JSON.parse(beacons(portal)[0].data))
      .to.include({ gpc: true })
      .and.deep.include({
        categories: { statistics: false, 'third-party': false },
      });
  });

  it('proves the refusal that Global Privacy Control records again after reset() once', async () => {
    const head = RECORD_BEACONS + `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;
    const portal = await openPortal(charter('receipt-endpoint="/receipts"'), { head });
    await until(() => beacons(portal).length, 'the receipt of the first refusal');
    portal.api.reset();
    expect(portal.api.preferences()).to.include({ gpc: true });
    await pause(300);
    expect(beacons(portal)).to.have.length(2);
    const receipt = JSON.parse(beacons(portal)[1].data);
    expect(receipt).to.include({ gpc: true, id: portal.api.preferences()!.id, date: portal.api.preferences()!.date });
    expect(receipt.categories).to.deep.equal({ statistics: false, 'third-party': false });
  });

  it('refuses an address that is not http(s), with a warning', async () => {
    const head =
      RECORD_BEACONS +
      `<script>
      window.warnings = [];
      console.warn = (message) => window.warnings.push(String(message));
    </script>`;
    const portal = await openPortal(charter('receipt-endpoint="javascript:alert(1)"'), { head });
    portal.api.acceptAll();
    expect(beacons(portal)).to.deep.equal([]);
    await until(
      () => pageGlobal<string[]>(portal, 'warnings').some((warning) => warning.includes('receipt-endpoint="javascript:alert(1)"')),
      'the warning',
    );
  });
});
