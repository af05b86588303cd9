import { expect } from '@open-wc/testing';
import { charter, cleanUp, openPortal, part, pause, storedCookie, until } from '../helpers.js';

afterEach(cleanUp);

/** The browser sends Global Privacy Control, set before the widget runs. */
const GPC = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;

const store = (value: object) => {
  document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(value))}; Path=/`;
};

describe('Global Privacy Control', () => {
  it('is recorded as a refusal of every optional category, and no banner shows', async () => {
    const { api, host } = await openPortal(charter('revision="2024-06"'), { head: GPC });
    expect(api.decided).to.equal(true);
    for (const name of ['statistics', 'third-party', 'matomo', 'youtube']) expect(api.allows(name), name).to.equal(false);
    expect(api.preferences()).to.include({ gpc: true, revision: '2024-06' });
    expect(JSON.parse(storedCookie()!)).to.include({ s: 0, t: 0, g: 1, r: '2024-06' });
    await pause(300);
    expect(part(host, 'banner')).to.equal(null);
  });

  it('is not applied with ignore-gpc: the banner asks', async () => {
    const { api, host } = await openPortal(charter('ignore-gpc'), { head: GPC });
    await until(() => part(host, 'banner'), 'the banner');
    expect(api.decided).to.equal(false);
    expect(storedCookie()).to.equal(null);
  });

  it('lets the visitor opt in from the dialog', async () => {
    const { api, host } = await openPortal(charter(), { head: GPC });
    api.open();
    await until(() => part<HTMLDialogElement>(host, 'dialog')?.open, 'the dialog');
    const toggle = await until(
      () => host!.shadowRoot!.querySelector<HTMLInputElement>('[part~="toggle"][name="statistics"]'),
      'the statistics switch',
    );
    expect(toggle.checked).to.equal(false);
    toggle.click();
    part(host, 'save')!.click();
    await until(() => api.allows('statistics'), 'the opt-in');
    expect(api.allows('third-party')).to.equal(false);
    expect(api.preferences()!.gpc).to.equal(false);
    expect(JSON.parse(storedCookie()!)).to.include({ s: 1, t: 0 }).and.not.have.property('g');
  });

  it('applies when the charter is added after the script', async () => {
    const { api, doc, host } = await openPortal('<main></main>', { head: GPC });
    expect(host).to.equal(null);
    // Nothing was asked yet, so nothing is recorded.
    expect(api.decided).to.equal(false);
    expect(storedCookie()).to.equal(null);

    doc.querySelector('main')!.insertAdjacentHTML('afterend', charter());
    await until(() => api.decided, 'the refusal');
    expect(api.preferences()!.gpc).to.equal(true);
    await pause(300);
    expect(part(doc.querySelector('cookie-charter'), 'banner')).to.equal(null);
  });

  it('applies when a new charter revision voids the stored choice, never over a valid one', async () => {
    store({ s: 1, t: 1, r: 'r1', d: Math.floor(Date.now() / 1000), i: 'k2m9q4p1x7' });
    const { api, host } = await openPortal(charter('revision="r1"'), { head: GPC });
    expect(api.allows('statistics')).to.equal(true);
    expect(api.preferences()!.gpc).to.equal(false);

    host!.setAttribute('revision', 'r2');
    await until(() => api.preferences()?.revision === 'r2', 'the refusal under r2');
    expect(api.preferences()!.gpc).to.equal(true);
    expect(api.allows('statistics')).to.equal(false);
  });
});
