import { expect } from '@open-wc/testing';
import { durationDays, STATISTICS_MAX_DAYS } from '../../src/consent/duration.js';
import { entryDigest } from '../../src/consent/choice.js';
import { cleanUp, openPortal, pageGlobal, part, pause, storedCookie, recordReceipts, until, type Portal } from '../helpers.js';

// Exempt audience measurement: allowed from the first visit, shown in the charter with a switch that
// is on, and objected to from that switch, "Tout refuser" or Global Privacy Control.
afterEach(cleanUp);

const DAY = 86400;
const now = () => Math.floor(Date.now() / 1000);

const MATOMO = `<cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
  cookies="_pk_id.* _pk_ses.*" purpose="Mesurer la fréquentation du portail" duration="13 mois" exempt></cookie-charter-entry>`;
const YOUTUBE = `<cookie-charter-entry id="youtube" category="third-party" provider="YouTube" service="Vidéos"
  cookies="YSC" purpose="Lire les vidéos" duration="6 mois"></cookie-charter-entry>`;
const GA = `<cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_ga _ga_*"
  duration="13 mois"></cookie-charter-entry>`;
const FOOTER = '<footer><a href="#" id="manage" data-cookie-charter-open>Gérer les cookies</a></footer>';
/** Matomo's tag, gated on its entry: it counts its runs and sets its visitor cookie, as Matomo does. */
const TAG = `<script type="text/plain" data-consent="matomo">
  window.runs = (window.runs || 0) + 1;
  document.cookie = '_pk_id.1.abcd=visitor; Path=/';
</script>`;
/** Records the page's warnings, receipts and change events. */
const HEAD = `<script>
  window.warnings = [];
  window.beacons = [];
  window.changes = 0;
  const warn = console.warn;
  console.warn = function (message) { window.warnings.push(String(message)); warn.apply(console, arguments); };
  ${recordReceipts('(url, data) => window.beacons.push(JSON.parse(data))')}
  document.addEventListener('cookie-charter:change', () => (window.changes += 1));
</script>`;
const GPC = `<script>Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true });</script>`;

const page = (entries: string, attributes = 'revision="r1"', extra = FOOTER + TAG) =>
  `<cookie-charter ${attributes}>${entries}</cookie-charter>${extra}`;
const open = (entries: string, { attributes = 'revision="r1"', extra = FOOTER + TAG, head = HEAD } = {}) =>
  openPortal(page(entries, attributes, extra), { head });

const warnings = (portal: Portal) => pageGlobal<string[]>(portal, 'warnings').join('\n');
const stored = () => JSON.parse(storedCookie() ?? 'null');
const hasCookie = (name: string) => document.cookie.split('; ').some((cookie) => cookie.startsWith(`${name}=`));
/** Stores a choice as the widget writes it (a returning visitor's browser); the next page waits for it. */
const store = async (value: object) => {
  document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(value))}; Path=/`;
  await pause(100);
};
const openedDialog = (portal: Portal) =>
  until(() => {
    const dialog = part<HTMLDialogElement>(portal.host, 'dialog');
    return dialog?.open ? dialog : null;
  }, 'the dialog');
const toggle = (dialog: Element, name: string) => dialog.querySelector<HTMLInputElement>(`[part~="toggle"][name="${name}"]`)!;
const closeFrames = () => document.querySelectorAll('iframe').forEach((frame) => frame.remove());

describe('an exempt audience measurement entry', () => {
  it('is allowed from the first visit: no banner, none of its file downloaded, its gated script runs, nothing stored', async () => {
    document.cookie = '_pk_id.1.abcd=visitor; Path=/';
    const portal = await open(MATOMO);
    const { api } = portal;
    expect(api.allows('matomo')).to.equal(true);
    expect(api.allows('statistics'), 'a category whose entries are all exempt').to.equal(true);
    expect(api.decided, 'nothing to ask').to.equal(true);
    expect(api.preferences()).to.equal(null);
    await until(() => pageGlobal(portal, 'runs') === 1, "Matomo's gated script");
    await pause(300);
    expect(part(portal.host, 'banner')).to.equal(null);
    const loaded = portal.win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((name) => name.includes('/src/ui/'))).to.deep.equal([]);
    expect(storedCookie(), 'an exempt entry costs nothing until the visitor objects').to.equal(null);
    expect(hasCookie('_pk_id.1.abcd'), "Matomo's cookie is kept").to.equal(true);
    expect(pageGlobal(portal, 'changes')).to.equal(0);
  });

  it('is objected to from the footer link in two clicks, which sticks across reloads and reaches other tabs', async () => {
    const portal = await open(MATOMO);
    const other = await open(MATOMO);
    await until(() => pageGlobal(portal, 'runs') === 1 && hasCookie('_pk_id.1.abcd'), "Matomo's script");
    const heard: unknown[] = [];
    other.api.onChange((preferences) => heard.push(preferences));

    portal.doc.getElementById('manage')!.click();
    const dialog = await openedDialog(portal);
    const statistics = toggle(dialog, 'statistics');
    expect(statistics.checked, 'the switch is on').to.equal(true);
    expect(dialog.textContent).to.contain('Exempté de consentement');
    expect(dialog.querySelector('.cards')!.textContent).to.contain('vous pouvez vous y opposer');
    let clicks = 0;
    const click = (element: HTMLElement) => ((clicks += 1), element.click());
    click(statistics);
    click(part(portal.host, 'save')!);
    expect(clicks).to.equal(2);

    expect(portal.api.allows('matomo')).to.equal(false);
    expect(portal.api.allows('statistics')).to.equal(false);
    expect(portal.api.decided).to.equal(true);
    expect(portal.api.preferences()).to.deep.include({ categories: {}, entries: { matomo: false }, objections: ['matomo'], gpc: false });
    expect(stored())
      .to.deep.include({ v: 2, e: { matomo: 0 }, r: 'r1' })
      .and.not.have.any.keys('s', 'h');
    expect(hasCookie('_pk_id.1.abcd'), 'its cookies are deleted').to.equal(false);
    await until(() => !other.api.allows('matomo'), 'the other tab', 1500);
    expect(heard).to.have.length(1);

    closeFrames();
    const again = await open(MATOMO);
    expect(again.api.allows('matomo')).to.equal(false);
    expect(again.api.decided).to.equal(true);
    await pause(300);
    expect(pageGlobal(again, 'runs'), 'the gated script no longer runs').to.equal(undefined);
    expect(part(again.host, 'banner')).to.equal(null);

    // The visitor's own switch undoes it.
    again.api.open();
    const reopened = await openedDialog(again);
    expect(toggle(reopened, 'statistics').checked).to.equal(false);
    toggle(reopened, 'statistics').click();
    part(again.host, 'save')!.click();
    expect(again.api.allows('matomo')).to.equal(true);
    expect(again.api.preferences()!.objections).to.deep.equal([]);
    expect(stored()).to.not.have.any.keys('e', 's', 'h');
    await until(() => pageGlobal(again, 'runs') === 1, 'the gated script, allowed again');
  });

  it('reaches a tab that shows another revision, where the objection changes what is allowed, not the choice', async () => {
    const portal = await open(MATOMO);
    const other = await open(MATOMO, { attributes: 'revision="r2"' });
    await until(() => pageGlobal(other, 'runs') === 1, "the other tab's Matomo");
    let heard = 0;
    other.api.onChange(() => (heard += 1));
    portal.api.choose({ matomo: false });
    await until(() => !other.api.allows('matomo'), 'the other tab', 1500);
    expect(other.api.preferences()).to.equal(null);
    expect(heard, 'its listeners hear of it').to.equal(1);
  });

  it('saving the charter unchanged objects to nothing and records no consent', async () => {
    const portal = await open(MATOMO);
    portal.api.open();
    await openedDialog(portal);
    part(portal.host, 'save')!.click();
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(stored()).to.not.have.any.keys('s', 'e', 'h');
    expect(portal.api.preferences()).to.deep.include({ categories: {}, entries: {}, objections: [] });
  });

  it('beside an entry that needs consent in its category: the category follows that entry, the exempt one stays on', async () => {
    const portal = await open(MATOMO + GA + YOUTUBE);
    await until(() => part(portal.host, 'banner'), 'the banner');
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.allows('ga')).to.equal(false);
    expect(portal.api.allows('statistics'), 'Google Analytics is not exempt').to.equal(false);

    part(portal.host, 'customize')!.click();
    const dialog = await openedDialog(portal);
    expect(toggle(dialog, 'statistics').indeterminate, 'the category is partly on').to.equal(true);
    expect(toggle(dialog, 'matomo').checked).to.equal(true);
    const described = toggle(dialog, 'matomo').getAttribute('aria-describedby')!;
    expect(dialog.querySelector(`[id="${described}"]`)!.textContent).to.equal('Exempté de consentement');
    part(portal.host, 'save')!.click();
    expect([portal.api.allows('matomo'), portal.api.allows('ga'), portal.api.allows('statistics')]).to.deep.equal([true, false, false]);
    expect(portal.api.decided).to.equal(true);
    // A refusal of statistics that leaves Matomo on lists Matomo in `h`, not as an answer of its own.
    expect(stored())
      .to.include({ s: 0, t: 0, h: entryDigest('matomo') })
      .and.not.have.property('e');
    expect(portal.api.preferences()).to.deep.include({ entries: {}, objections: [] });
  });

  it('with a YouTube entry: the banner asks, "Tout refuser" objects too, and the objection survives a new revision', async () => {
    document.cookie = '_pk_id.1.abcd=visitor; Path=/';
    const portal = await open(MATOMO + YOUTUBE);
    expect(portal.api.decided).to.equal(false);
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(portal.api.allows('youtube')).to.equal(false);
    const banner = await until(() => part(portal.host, 'banner'), 'the banner');
    expect(banner.textContent).to.contain('exemptée de consentement');
    await until(() => pageGlobal(portal, 'runs') === 1, "Matomo's script, before any choice");
    part(portal.host, 'reject-all')!.click();
    expect([portal.api.allows('matomo'), portal.api.allows('youtube'), portal.api.allows('statistics')]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(portal.api.preferences()!.objections).to.deep.equal(['matomo']);
    expect(stored()).to.include({ s: 0, t: 0 }).and.not.have.any.keys('e', 'h');
    expect(hasCookie('_pk_id.1.abcd')).to.equal(false);

    closeFrames();
    const revised = await open(MATOMO + YOUTUBE, { attributes: 'revision="r2"' });
    expect(revised.api.decided, 'the new revision asks about YouTube again').to.equal(false);
    expect(revised.api.allows('matomo'), 'the objection survives it').to.equal(false);
    await until(() => part(revised.host, 'banner'), 'the banner');
    // A choice that does not name Matomo carries the objection into the new revision.
    revised.api.choose({ youtube: true });
    expect(stored()).to.deep.include({ e: { youtube: 1, matomo: 0 }, r: 'r2' });
    expect(revised.api.allows('matomo')).to.equal(false);
    // "Tout accepter" is a clear yes: it lifts the objection.
    part(revised.host, 'accept-all')!.click();
    expect(revised.api.allows('matomo')).to.equal(true);
    expect(revised.api.preferences()!.objections).to.deep.equal([]);
  });

  it('reads an objection of another revision while it is younger than `expires`, and of a later format as one', async () => {
    await store({ v: 2, e: { matomo: 0 }, r: 'r0', d: now() - 10 * DAY, i: 'k2m9q4p1x7' });
    const recent = await open(MATOMO, { attributes: 'revision="r1" expires="30"' });
    expect(recent.api.allows('matomo')).to.equal(false);
    expect(recent.api.preferences(), 'no choice under this revision').to.equal(null);
    closeFrames();

    await store({ v: 2, e: { matomo: 0 }, r: 'r0', d: now() - 31 * DAY, i: 'k2m9q4p1x7' });
    const expired = await open(MATOMO, { attributes: 'revision="r1" expires="30"' });
    expect(expired.api.allows('matomo'), 'an objection lasts `expires` days').to.equal(true);
    closeFrames();

    await store({ v: 3, s: 1, d: now(), i: 'k2m9q4p1x7' });
    const later = await open(MATOMO);
    expect(later.api.allows('matomo'), 'a value this version cannot read may hold an objection').to.equal(false);
  });

  it('keeps an objection through choices that do not name it, until reset()', async () => {
    const portal = await open(MATOMO + YOUTUBE);
    portal.api.choose({ matomo: false });
    portal.api.choose({ youtube: true });
    portal.api.choose({ 'third-party': false });
    expect(portal.api.allows('matomo')).to.equal(false);
    // YouTube's own answer stands against its category's refusal, as the objection does against others.
    expect(portal.api.allows('youtube')).to.equal(true);
    expect(stored()).to.deep.include({ t: 0, e: { matomo: 0, youtube: 1 } });
    portal.api.reset();
    expect(portal.api.allows('matomo')).to.equal(true);
    expect(storedCookie()).to.equal(null);
    portal.api.choose({ statistics: false });
    expect(portal.api.allows('matomo'), 'refusing its category objects').to.equal(false);
    portal.api.choose({ statistics: true });
    expect(portal.api.allows('matomo'), 'allowing it lifts the objection').to.equal(true);
  });

  it('is objected to by Global Privacy Control, recorded once, with no banner', async () => {
    const portal = await open(MATOMO, { head: HEAD + GPC });
    expect(portal.api.allows('matomo')).to.equal(false);
    expect(portal.api.preferences()).to.deep.include({ gpc: true, objections: ['matomo'] });
    expect(stored()).to.include({ s: 0, g: 1 });
    await pause(300);
    expect(part(portal.host, 'banner')).to.equal(null);
    expect(pageGlobal(portal, 'runs')).to.equal(undefined);
  });

  it('sends receipts that name the objections', async () => {
    const portal = await open(MATOMO + YOUTUBE, { attributes: 'revision="r1" receipt-endpoint="/receipts"' });
    portal.api.rejectAll();
    expect(pageGlobal<object[]>(portal, 'beacons')).to.deep.equal([
      {
        id: portal.api.preferences()!.id,
        date: portal.api.preferences()!.date,
        revision: 'r1',
        categories: { statistics: false, 'third-party': false },
        entries: {},
        objections: ['matomo'],
        gpc: false,
      },
    ]);
  });

  it('grants Google Consent Mode nothing: analytics_storage waits for an entry that needs consent', async () => {
    const signals = (portal: Portal) =>
      (pageGlobal<ArrayLike<unknown>[]>(portal, 'dataLayer') ?? []).map((entry) => Array.from(entry)).map((entry) => entry[2]);
    const exemptOnly = await open(MATOMO, { attributes: 'google-consent-mode' });
    await until(() => signals(exemptOnly).length === 2, 'the default and the update');
    expect(signals(exemptOnly).map((state) => (state as Record<string, string>).analytics_storage)).to.deep.equal(['denied', 'denied']);
    closeFrames();

    const mixed = await open(MATOMO + GA, { attributes: 'google-consent-mode' });
    await until(() => signals(mixed).length === 1, 'the default');
    mixed.api.acceptAll();
    expect(signals(mixed)[1]).to.include({ analytics_storage: 'granted' });
    mixed.api.choose({ ga: false });
    expect(mixed.api.allows('statistics')).to.equal(true);
    expect(signals(mixed)[2]).to.include({ analytics_storage: 'denied' });
  });
});

describe('exempt, where it cannot apply', () => {
  it('needs consent, with a warning, on another category, without an id, or with a cookie no exemption covers', async () => {
    const body = `
      <cookie-charter-entry id="youtube" category="third-party" provider="YouTube" cookies="YSC" exempt></cookie-charter-entry>
      <cookie-charter-entry category="statistics" provider="Statistiques" cookies="_stats" exempt></cookie-charter-entry>
      <cookie-charter-entry id="ga" category="statistics" provider="Google Analytics" cookies="_pk_id.* _ga_*" exempt></cookie-charter-entry>
      <cookie-charter-entry id="ads" category="statistics" provider="Régie" cookies="_fbp" exempt></cookie-charter-entry>`;
    const portal = await open(body);
    expect(['youtube', 'ga', 'ads', 'statistics'].map((name) => portal.api.allows(name))).to.deep.equal([false, false, false, false]);
    expect(portal.api.decided).to.equal(false);
    await until(() => part(portal.host, 'banner'), 'the banner');
    await until(() => pageGlobal<string[]>(portal, 'warnings').length >= 4, 'the warnings');
    expect(warnings(portal))
      .to.contain('entry "youtube" is marked exempt, but only audience measurement (category="statistics")')
      .and.contain('add id="statistiques"')
      .and.contain('its cookie "_ga_*" belongs to Google Analytics')
      .and.contain('its cookie "_fbp"');
  });

  it('warns, naming the CNIL limit, about a duration beyond 13 months, and keeps the entry exempt', async () => {
    const long = MATOMO.replace('duration="13 mois"', 'duration="25 mois"');
    const portal = await open(long);
    expect(portal.api.allows('matomo')).to.equal(true);
    await until(() => warnings(portal).includes('duration="25 mois"'), 'the warning');
    expect(warnings(portal)).to.contain('(760 days)').and.contain('13 months (395 days) the CNIL accepts');
    closeFrames();

    const fine = await open(MATOMO.replace('duration="13 mois"', 'duration="1 an et 1 mois"'));
    await until(() => pageGlobal(fine, 'runs') === 1, 'the page');
    await pause(300);
    expect(warnings(fine)).to.equal('');
  });

  it('warns when every optional entry is exempt and no link opens the charter, the only way to object', async () => {
    const without = await open(MATOMO, { extra: TAG });
    await until(() => warnings(without).includes('data-cookie-charter-open'), 'the warning');
    expect(warnings(without)).to.contain('no way to object');
    closeFrames();

    const withLink = await open(MATOMO);
    const mixed = await open(MATOMO + YOUTUBE, { extra: TAG });
    await until(() => pageGlobal(withLink, 'runs') === 1 && pageGlobal(mixed, 'runs') === 1, 'the pages');
    await pause(300);
    expect(warnings(withLink)).to.equal('');
    expect(warnings(mixed), 'the banner is there to object').to.equal('');
  });
});

describe('the duration parser, as exemptions use it', () => {
  it('reads 13 months as the 395 days the CNIL allows, and longer durations as more', () => {
    expect(STATISTICS_MAX_DAYS).to.equal(395);
    expect(durationDays('13 mois')).to.equal(395);
    expect(durationDays('13 months')).to.equal(395);
    expect(durationDays('1 an et 1 mois')).to.equal(395);
    expect(durationDays('395 jours')).to.equal(395);
    expect(durationDays('25 mois')).to.be.above(STATISTICS_MAX_DAYS);
    expect(durationDays('2 ans')).to.be.above(STATISTICS_MAX_DAYS);
    expect(durationDays('Session')).to.equal('session');
    expect(durationDays('')).to.equal(null);
  });
});
