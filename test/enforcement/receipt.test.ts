import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { charterDigest } from '../../src/charter/digest.js';
import {
  charter,
  cleanUp,
  isReceipt,
  openPage,
  openPortal,
  part,
  pause,
  pageGlobal,
  recordReceipts,
  until,
  type Portal,
} from '../helpers.js';

/** What the test server's receipt endpoint heard of one request (scripts/receipt-sink-plugin.js). */
interface Heard {
  method: string;
  cookie: string | null;
  referer: string | null;
  origin: string | null;
  type: string | null;
  body: string;
}

afterEach(cleanUp);

/** Records the page's beacons instead of sending them. */
const RECORD_BEACONS = `<script>
  window.beacons = [];
  ${recordReceipts('(url, data) => window.beacons.push({ url, data })')}
</script>`;

const beacons = (portal: Portal) => pageGlobal<{ url: string; data: string }[]>(portal, 'beacons');

describe('receipt-endpoint', () => {
  it('sends a proof of each choice made on the page, tied to the charter shown, and nothing else', async () => {
    const portal = await openPortal(charter('revision="2024-06" receipt-endpoint="/consent/receipts"'), { head: RECORD_BEACONS });
    await until(() => part(portal.host, 'accept-all'), 'the banner');
    expect(beacons(portal)).to.deep.equal([]);

    part(portal.host, 'accept-all')!.click();
    // The receipt, then the charter it answered.
    expect(beacons(portal)).to.have.length(2);
    const [{ url, data }, shown] = beacons(portal);
    expect(url).to.equal(`${location.origin}/consent/receipts`);
    expect(shown.url).to.equal(url);
    const receipt = JSON.parse(data);
    const preferences = portal.api.preferences()!;
    expect(Object.keys(receipt)).to.deep.equal(['categories', 'entries', 'objections', 'revision', 'date', 'id', 'gpc', 'charter']);
    expect(receipt).to.deep.equal({
      id: preferences.id,
      date: preferences.date,
      revision: '2024-06',
      categories: { statistics: true, 'third-party': true },
      entries: {},
      objections: [],
      gpc: false,
      charter: receipt.charter,
    });
    expect(receipt.charter).to.match(/^[0-9a-f]{16}$/);

    // The charter: what the banner showed, in its language, and every entry as written, under the digest the receipt names.
    const body = JSON.parse(shown.data);
    expect(Object.keys(body)).to.deep.equal(['charter', 'shown']);
    expect(body.charter).to.equal(receipt.charter);
    expect(charterDigest(JSON.stringify(body.shown))).to.equal(body.charter);
    expect(body.shown).to.include({ v: 1, lang: 'fr', revision: '2024-06' });
    expect(body.shown.texts).to.include({ acceptAll: 'Tout accepter', rejectAll: 'Tout refuser' });
    expect(body.shown.entries.map((entry: { id: string }) => entry.id)).to.deep.equal(['matomo', 'youtube', 'dailymotion']);
    expect(body.shown.entries[1]).to.deep.equal({
      id: 'youtube',
      category: 'third-party',
      provider: 'YouTube',
      service: 'Vidéos',
      cookies: ['YSC', 'VISITOR_INFO1_LIVE'],
      purpose: 'Lire les vidéos',
      duration: '',
      exempt: false,
    });

    // A choice made by the page's script showed nothing: its receipt names no charter.
    portal.api.choose({ youtube: false });
    expect(beacons(portal)).to.have.length(3);
    const second = JSON.parse(beacons(portal)[2].data);
    expect(second)
      .to.include({ id: preferences.id })
      .and.deep.include({ entries: { youtube: false } });
    expect(second).not.to.have.property('charter');

    // Forgetting the choice is not a choice.
    portal.api.reset();
    expect(beacons(portal)).to.have.length(3);
  });

  it('sends a charter once per page, and again only when what was shown changed', async () => {
    const portal = await openPortal(charter('receipt-endpoint="/receipts"'), { head: RECORD_BEACONS });
    await until(() => part(portal.host, 'reject-all'), 'the banner');
    part(portal.host, 'reject-all')!.click();
    portal.api.reset();
    await until(() => part(portal.host, 'reject-all'), 'the banner again');
    part(portal.host, 'reject-all')!.click();
    const sent = beacons(portal).map((beacon) => beacon.data);
    expect(sent.map(isReceipt)).to.deep.equal([true, false, true]);
    expect(JSON.parse(sent[2]).charter).to.equal(JSON.parse(sent[0]).charter);

    // The dialog's texts were shown too: another charter.
    portal.api.reset();
    portal.api.open();
    await until(() => part(portal.host, 'save'), 'the dialog');
    part(portal.host, 'save')!.click();
    const after = beacons(portal).map((beacon) => beacon.data);
    expect(after.map(isReceipt)).to.deep.equal([true, false, true, true, false]);
    const charterShown = JSON.parse(after[4]);
    expect(charterShown.charter).to.equal(JSON.parse(after[3]).charter);
    expect(charterShown.charter).not.to.equal(JSON.parse(sent[0]).charter);
    expect(charterShown.shown.texts).to.include({ title: 'Charte cookies', save: 'Enregistrer mes choix' });
  });

  it("reaches the endpoint without the page's cookies, its address or a preflight", async () => {
    await executeServerCommand('receipt-sink');
    document.cookie = 'sessionid=s3cr3t-session; path=/';
    const portal = await openPage('/test/fixtures/receipts.html?q=jean.dupont%40mail.fr');
    await until(() => part(portal.host, 'reject-all'), 'the banner');
    part(portal.host, 'reject-all')!.click();
    const all: Heard[] = [];
    for (let tries = 0; all.length < 2 && tries < 50; tries++) {
      await pause(50);
      all.push(...((await executeServerCommand<Heard[], undefined>('receipt-sink')) ?? []));
    }
    await pause(100);
    all.push(...((await executeServerCommand<Heard[], undefined>('receipt-sink')) ?? []));
    expect(all.map((request) => request.method)).to.deep.equal(['POST', 'POST']);
    for (const request of all) {
      expect(request).to.include({ cookie: null, referer: null, origin: location.origin });
      expect(request.type).to.match(/^text\/plain;charset=utf-8$/i);
      expect(request.body).not.to.contain('jean.dupont').and.not.to.contain('s3cr3t');
    }
    const receipt = JSON.parse(all[0].body);
    expect(receipt).to.include({ id: portal.api.preferences()!.id, revision: '2024-06', gpc: false });
    expect(receipt.categories).to.deep.equal({ statistics: false, 'third-party': false });
    expect(JSON.parse(all[1].body).charter).to.equal(receipt.charter);
  });

  it("shows the choice's id in the dialog, which the visitor can cite, only while receipts are sent", async () => {
    const portal = await openPortal(charter('receipt-endpoint="/receipts"'), { head: RECORD_BEACONS });
    const text = () => portal.host!.shadowRoot!.querySelector('dialog')?.textContent ?? '';
    portal.api.open();
    await until(() => part(portal.host, 'save'), 'the dialog');
    // No choice yet: no id to cite.
    expect(text()).not.to.contain('Identifiant de votre choix');
    part(portal.host, 'reject-all')!.click();
    portal.api.open();
    await until(() => text().includes('Identifiant de votre choix'), 'the id in the dialog');
    expect(text()).to.contain(`Identifiant de votre choix : ${portal.api.preferences()!.id}`);

    portal.host!.removeAttribute('receipt-endpoint');
    await until(() => !text().includes('Identifiant de votre choix'), 'the id gone with receipt-endpoint');
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
