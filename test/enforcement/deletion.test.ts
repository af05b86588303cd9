import { expect } from '@open-wc/testing';
import { cookieDomains } from '../../src/consent/jar.js';
import { ENTRIES, cleanUp, openPortal, part, until } from '../helpers.js';

afterEach(cleanUp);

/**
 * The portal's charter, plus a necessary entry whose cookie a statistics wildcard also matches, and a
 * first-party entry whose wildcard also matches the built-in necessary `csrftoken`.
 */
const CHARTER = `<cookie-charter>${ENTRIES}
  <cookie-charter-entry id="portal-prefs" category="necessary" cookies="_pk_id.portal"></cookie-charter-entry>
  <cookie-charter-entry id="chat" category="first-party" cookies="chat_* *token"></cookie-charter-entry>
</cookie-charter>`;

const SET = ['_pk_id.1.a1b2', '_pk_ses.1.a1b2', '_pk_id.portal', 'YSC', 'VISITOR_INFO1_LIVE', 'v1st', 'chat_session', 'csrftoken', 'undeclared_cookie'];

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
      ['_pk_id.portal', 'VISITOR_INFO1_LIVE', 'YSC', 'chat_session', 'cookies_preferences', 'csrftoken', 'undeclared_cookie', 'v1st'].sort(),
    );

    // One entry of a category still allowed: the other entry's cookie stays.
    api.choose({ youtube: false });
    expect(names(doc)).to.deep.equal(['_pk_id.portal', 'chat_session', 'cookies_preferences', 'csrftoken', 'undeclared_cookie', 'v1st'].sort());

    api.rejectAll();
    expect(names(doc)).to.deep.equal(['_pk_id.portal', 'cookies_preferences', 'csrftoken', 'undeclared_cookie']);
  });

  it('covers the host-only form, the host and each parent domain', () => {
    expect(cookieDomains('a.b.example.fr')).to.deep.equal(['a.b.example.fr', 'b.example.fr', 'example.fr']);
    expect(cookieDomains('data.example.fr')).to.deep.equal(['data.example.fr', 'example.fr']);
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
  });
});
