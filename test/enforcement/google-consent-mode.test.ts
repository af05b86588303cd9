import { expect } from '@open-wc/testing';
import { ENTRIES, charter, cleanUp, openPortal, part, pageGlobal, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

/** What `dataLayer` holds, each `arguments` object as an array. */
const layer = (portal: Portal) => (pageGlobal<ArrayLike<unknown>[]>(portal, 'dataLayer') ?? []).map((entry) => Array.from(entry));

const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };
const DEFAULT = ['consent', 'default', { ...DENIED, wait_for_update: 500 }];
const update = (signals: Record<string, string>) => ['consent', 'update', { ...DENIED, ...signals }];
const ALL_GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };

describe('Google Consent Mode v2', () => {
  it('sends the default before any choice, then one update per change of choice', async () => {
    const portal = await openPortal(charter('google-consent-mode'));
    // Sent once the module that holds the bridge has arrived, before any gated content can run.
    await until(() => layer(portal).length, 'the default');
    expect(layer(portal)).to.deep.equal([DEFAULT]);
    expect(pageGlobal(portal, 'gtag')).to.be.a('function');

    (await until(() => part(portal.host, 'accept-all'), 'the banner')).click();
    expect(layer(portal)).to.deep.equal([DEFAULT, update(ALL_GRANTED)]);

    portal.api.choose({ statistics: false });
    expect(layer(portal)).to.deep.equal([DEFAULT, update(ALL_GRANTED), update({ ...ALL_GRANTED, analytics_storage: 'denied' })]);

    // The same answers again change nothing Google needs to hear.
    portal.api.choose({ statistics: false });
    expect(layer(portal)).to.have.length(3);

    portal.api.reset();
    expect(layer(portal)[3]).to.deep.equal(update({}));
  });

  it("goes through the page's own gtag when it has one, and sends a returning visitor's choice at once", async () => {
    const head = `<script>
      window.dataLayer = [['page', 'before']];
      window.calls = [];
      window.gtag = function () { window.calls.push(Array.from(arguments)); window.dataLayer.push(arguments); };
    </script>`;
    const first = await openPortal(charter('google-consent-mode'), { head });
    await until(() => pageGlobal<unknown[]>(first, 'calls').length, 'the default');
    first.api.rejectAll();
    expect(pageGlobal(first, 'calls')).to.deep.equal([DEFAULT, update({})]);

    const returning = await openPortal(charter('google-consent-mode'), { head });
    await until(() => pageGlobal<unknown[]>(returning, 'calls').length === 2, 'the default and the update');
    expect(pageGlobal(returning, 'calls')).to.deep.equal([DEFAULT, update({})]);
    expect(layer(returning)[0]).to.deep.equal(['page', 'before']);
  });

  it('sends the default when the element is bound after start', async () => {
    const portal = await openPortal('<p>Portail</p>');
    expect(pageGlobal(portal, 'dataLayer')).to.equal(undefined);
    portal.doc.body.insertAdjacentHTML('afterbegin', charter('google-consent-mode'));
    await until(() => layer(portal).length === 1, 'the default');
    expect(layer(portal)).to.deep.equal([DEFAULT]);

    portal.api.acceptAll();
    expect(layer(portal)).to.deep.equal([DEFAULT, update(ALL_GRANTED)]);
  });

  it('follows a mapping given in the attribute, and warns about what it cannot read', async () => {
    const head = `<script>
      window.warnings = [];
      const warn = console.warn;
      console.warn = function (message) { window.warnings.push(String(message)); warn.apply(console, arguments); };
    </script>`;
    const mapping =
      'analytics_storage:matomo ad_storage:youtube,dailymotion functionality_storage:necessary ad_storage:nothing bogus:statistics personalization';
    const portal = await openPortal(`<cookie-charter google-consent-mode="${mapping}">${ENTRIES}</cookie-charter>`, { head });
    const denied = { ...DENIED, functionality_storage: 'granted' };
    await until(() => layer(portal).length, 'the default');
    expect(layer(portal)).to.deep.equal([['consent', 'default', { ...denied, wait_for_update: 500 }]]);
    const consentModeWarnings = () => pageGlobal<string[]>(portal, 'warnings').filter((warning) => warning.includes('google-consent-mode'));
    await until(() => consentModeWarnings().length >= 3, 'the warnings');
    const warnings = consentModeWarnings();
    expect(warnings).to.have.length(3);
    expect(warnings.join('\n')).to.include('"nothing"').and.include('"bogus:statistics"').and.include('"personalization"');

    portal.api.choose({ statistics: true, 'third-party': false, dailymotion: true });
    expect(layer(portal)[1]).to.deep.equal(['consent', 'update', { ...denied, analytics_storage: 'granted', ad_storage: 'granted' }]);
    // ad_user_data and ad_personalization were left out of the mapping: accepting all grants nothing more.
    portal.api.acceptAll();
    expect(layer(portal)).to.have.length(2);
    portal.api.choose({ youtube: false, dailymotion: false });
    expect(layer(portal)[2]).to.deep.equal(['consent', 'update', { ...denied, analytics_storage: 'granted' }]);
  });
});
