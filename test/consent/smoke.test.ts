import { expect } from '@open-wc/testing';
import { cleanUp, openPortal, charter, part, until, storedCookie } from '../helpers.js';
afterEach(cleanUp);
it('smoke', async () => {
  const { api, host, doc } = await openPortal(charter('revision="r1"'));
  const accept = await until(() => part(host, 'accept-all'), 'banner');
  accept.click();
  expect(api.decided).to.equal(true);
  expect(storedCookie(doc)).to.contain('"r":"r1"');
});
