import { expect } from '@open-wc/testing';
import { cookieDomains } from '../../src/consent/jar.js';
import { ENTRIES, cleanUp, openPage, openPortal, part, pause, until } from '../helpers.js';

/** A portal page served under a path, and the paths longer than `/` that cover it. */
const DEEP = '/test/fixtures/deep';
const LONGER_PATHS = ['/test', '/test/fixtures', DEEP];

afterEach(() => {
  cleanUp();
  // cleanUp() removes what the test page sees, at `/`.
  for (const path of LONGER_PATHS) {
    for (const name of ['_pk_id.1.a1b2', 'YSC', 'undeclared_cookie', 'cookies_preferences'])
      document.cookie = `${name}=; Path=${path}; Max-Age=0`;
  }
});

/**
 * The portal's charter, plus a necessary entry whose cookie a statistics wildcard also matches, and a
 * first-party entry whose wildcard also matches the built-in necessary `csrftoken`.
 */
const CHARTER = `<cookie-charter>${ENTRIES}
  <cookie-charter-entry id="portal-prefs" category="necessary" cookies="_pk_id.portal"></cookie-charter-entry>
  <cookie-charter-entry id="chat" category="first-party" cookies="chat_* *token"></cookie-charter-entry>
</cookie-charter>`;

const SET = [
  '_pk_id.1.a1b2',
  '_pk_ses.1.a1b2',
  '_pk_id.portal',
  'YSC',
  'VISITOR_INFO1_LIVE',
  'v1st',
  'chat_session',
  'csrftoken',
  'undeclared_cookie',
];

const names = (doc: Document) =>
  doc.cookie
    .split(';')
    .map((cookie) => cookie.split('=')[0].trim())
    .filter(Boolean)
    .sort();

const setCookies = (doc: Document) => {
  for (const name of SET) doc.cookie = `${name}=1; Path=/`;
};

describe('deleting the cookies of refused entries', () => {
  it('on a first refusal, deletes declared cookies (wildcards included) and nothing else', async () => {
    const { host, doc } = await openPortal(CHARTER);
    const reject = await until(() => part(host, 'reject-all'), 'the banner');
    setCookies(doc);
    reject.click();
    await until(() => !names(doc).includes('YSC'), 'the deletion');
    expect(names(doc)).to.deep.equal(['_pk_id.portal', 'cookies_preferences', 'csrftoken', 'undeclared_cookie']);
  });

  it('on a withdrawal, deletes only what is now refused', async () => {
    const { api, doc } = await openPortal(CHARTER);
    api.acceptAll();
    setCookies(doc);
    expect(names(doc)).to.deep.equal([...SET, 'cookies_preferences'].sort());

    api.choose({ statistics: false });
    expect(names(doc)).to.deep.equal(
      [
        '_pk_id.portal',
        'VISITOR_INFO1_LIVE',
        'YSC',
        'chat_session',
        'cookies_preferences',
        'csrftoken',
        'undeclared_cookie',
        'v1st',
      ].sort(),
    );

    // One entry of a category still allowed: the other entry's cookie stays.
    api.choose({ youtube: false });
    expect(names(doc)).to.deep.equal(
      ['_pk_id.portal', 'chat_session', 'cookies_preferences', 'csrftoken', 'undeclared_cookie', 'v1st'].sort(),
    );

    api.rejectAll();
    expect(names(doc)).to.deep.equal(['_pk_id.portal', 'cookies_preferences', 'csrftoken', 'undeclared_cookie']);
  });

  it('on a withdrawal, also deletes declared cookies set at a longer path that covers the page', async () => {
    // test/fixtures/deep/portal.html (Matomo and YouTube) sees the cookies of /test/fixtures/deep and its parents.
    // `__Secure-`, `__Host-` and Partitioned cookies can only be set over https, which the test server
    // does not serve: what http allows is checked here.
    const portal = await openPage(`${DEEP}/portal.html`);
    portal.api.acceptAll();
    for (const path of LONGER_PATHS) portal.doc.cookie = `_pk_id.1.a1b2=1; Path=${path}`;
    portal.doc.cookie = `YSC=1; Path=${DEEP}`;
    portal.doc.cookie = `undeclared_cookie=1; Path=${DEEP}`;
    expect(names(portal.doc).filter((name) => name === '_pk_id.1.a1b2')).to.have.length(LONGER_PATHS.length);

    portal.api.rejectAll();
    expect(names(portal.doc)).to.deep.equal(['cookies_preferences', 'undeclared_cookie']);
  });

  it('covers the host-only form, the host and each parent domain', () => {
    expect(cookieDomains('a.b.example.fr')).to.deep.equal(['a.b.example.fr', 'b.example.fr', 'example.fr']);
    expect(cookieDomains('data.example.fr')).to.deep.equal(['data.example.fr', 'example.fr']);
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
  });
});

describe('deleting declared cookies whenever they are not allowed, not only on a refusal', () => {
  /** The cookies left once the widget deleted the declared ones: those a necessary entry or a built-in row names, and one never declared. */
  const KEPT = ['_pk_id.portal', 'csrftoken', 'undeclared_cookie'];
  const now = () => Math.floor(Date.now() / 1000);
  /** Sets the cookies (and a stored choice) from the test page; Chromium shows them to a portal page a moment later. */
  const before = async (choice?: object) => {
    setCookies(document);
    if (choice) document.cookie = `cookies_preferences=${encodeURIComponent(JSON.stringify(choice))}; Path=/`;
    await pause(100);
  };
  const declared = (doc: Document) => names(doc).filter((name) => name !== 'cookies_preferences');

  it('at load, before any choice', async () => {
    await before();
    const portal = await openPortal(CHARTER);
    await until(() => part(portal.host, 'banner'), 'the banner');
    expect(portal.api.decided).to.equal(false);
    expect(declared(portal.doc)).to.deep.equal(KEPT);
  });

  it('after reset()', async () => {
    const portal = await openPortal(CHARTER);
    portal.api.acceptAll();
    setCookies(portal.doc);
    expect(declared(portal.doc)).to.deep.equal([...SET].sort());
    portal.api.reset();
    expect(declared(portal.doc)).to.deep.equal(KEPT);
  });

  it('when the stored choice has expired', async () => {
    await before({ s: 1, f: 1, t: 1, d: now() - 200 * 86400, i: 'k2m9q4p1x7' });
    const portal = await openPortal(CHARTER);
    expect(portal.api.decided).to.equal(false);
    expect(declared(portal.doc)).to.deep.equal(KEPT);
  });

  it('when the charter has a new revision', async () => {
    await before({ s: 1, f: 1, t: 1, r: 'r1', d: now(), i: 'k2m9q4p1x7' });
    const portal = await openPortal(CHARTER.replace('<cookie-charter>', '<cookie-charter revision="r2">'));
    expect(portal.api.decided).to.equal(false);
    expect(declared(portal.doc)).to.deep.equal(KEPT);
  });

  it('keeps them while the stored choice of the current revision allows them', async () => {
    await before({ s: 1, f: 1, t: 1, r: 'r1', d: now(), i: 'k2m9q4p1x7' });
    const portal = await openPortal(CHARTER.replace('<cookie-charter>', '<cookie-charter revision="r1">'));
    expect(portal.api.decided).to.equal(true);
    expect(declared(portal.doc)).to.deep.equal([...SET].sort());
  });
});
