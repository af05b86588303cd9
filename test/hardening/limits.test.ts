import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeChoice } from '../../src/consent/codec.js';
import { charter, cleanUp, openPortal, pageGlobal, part, pause, storedCookie, until, type Portal } from '../helpers.js';

afterEach(cleanUp);

/**
 * The whole `cookies_preferences=…` pair, or undefined, as read by `doc`. Read from the page that
 * wrote it: Chromium shows other documents a cookie write a moment later.
 */
const rawCookie = (doc: Document) => doc.cookie.split('; ').find((cookie) => cookie.startsWith('cookies_preferences='));

const WATCH = `<script>
  window.warnings = [];
  window.errors = [];
  window.changes = 0;
  console.warn = (message) => window.warnings.push(String(message));
  addEventListener('error', (event) => window.errors.push(String(event.message)));
  document.addEventListener('cookie-charter:change', () => (window.changes += 1));
</script>`;

/** Many statistics entries with ids as long as allowed (64 characters). */
const LONG_IDS = Array.from({ length: 150 }, (_, i) => `${String(i).padStart(3, '0')}-${'x'.repeat(60)}`);
const MANY = `<cookie-charter revision="big">${LONG_IDS.map(
  (id) => `<cookie-charter-entry id="${id}" category="statistics" cookies="_c${id.slice(0, 3)}"></cookie-charter-entry>`,
).join('')}</cookie-charter>`;

describe('a choice too large for a cookie', () => {
  it('is refused whole with a warning, before the browser would drop it; the previous choice stands', async () => {
    const portal = await openPortal(MANY, { head: WATCH });
    const { api } = portal;
    api.acceptAll();
    const before = rawCookie(portal.doc)!;
    const preferences = api.preferences();
    expect(pageGlobal(portal, 'changes')).to.equal(1);

    // Refusing entries one by one, ever more of them: each answer costs about 75 bytes in the cookie.
    let kept = 0;
    for (let count = 1; count <= LONG_IDS.length; count += 1) {
      const answers = Object.fromEntries(LONG_IDS.slice(0, count).map((id) => [id, false]));
      const last = rawCookie(portal.doc);
      api.choose(answers);
      if (rawCookie(portal.doc) === last) break;
      kept = count;
      expect(rawCookie(portal.doc)!.length, `${count} answers`).to.be.at.most(4000);
      expect(Object.keys(decodeChoice(storedCookie(portal.doc)!)!.entries)).to.have.length(count);
    }
    expect(kept).to.be.within(40, 60);
    const stored = rawCookie(portal.doc);
    const current = api.preferences();
    // The refused one would have taken more than 4000 bytes.
    await until(() => pageGlobal<string[]>(portal, 'warnings').some((warning) => /would take (\d+) bytes/.test(warning)), 'the warning');
    const warning = pageGlobal<string[]>(portal, 'warnings').find((text) => /would take (\d+) bytes/.test(text))!;
    expect(Number(/would take (\d+) bytes/.exec(warning)![1])).to.be.above(4000);
    expect(warning).to.contain('previous choice stands');
    expect(api.preferences()).to.deep.equal(current);
    expect(rawCookie(portal.doc)).to.equal(stored);
    expect(api.stored).to.equal(true);
    expect(api.allows(LONG_IDS[kept])).to.equal(true, 'the refused answer was not recorded');
    expect(pageGlobal(portal, 'changes')).to.equal(1 + kept);
    expect(preferences).to.not.deep.equal(current);
    expect(before).to.not.equal(stored);
    expect(pageGlobal<string[]>(portal, 'errors')).to.deep.equal([]);
  });

  it('saved from the charter, keeps the dialog open and records nothing; "Tout refuser" still fits', async () => {
    const portal = await openPortal(MANY, { head: WATCH });
    await until(() => part(portal.host, 'banner'), 'the banner');
    portal.api.open();
    const dialog = await until(() => {
      const shown = part<HTMLDialogElement>(portal.host, 'dialog');
      return shown?.open ? shown : null;
    }, 'the dialog');
    // Every other entry switched on by the visitor: about 75 answers that differ from the category.
    LONG_IDS.forEach((id, i) => {
      if (i % 2 === 0) dialog.querySelector<HTMLInputElement>(`input[name="${id}"]`)!.click();
    });
    part(portal.host, 'save')!.click();
    await pause(200);
    expect(portal.api.decided).to.equal(false);
    expect(rawCookie(portal.doc)).to.equal(undefined);
    expect(dialog.open).to.equal(true);
    expect(portal.host!.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('');

    dialog.querySelector<HTMLButtonElement>('[part~="reject-all"]')!.click();
    expect(portal.api.decided).to.equal(true);
    expect(JSON.parse(storedCookie(portal.doc)!)).to.include({ s: 0, r: 'big' });
    await until(() => !dialog.isConnected || !dialog.open, 'the dialog closed');
  });
});

const PAGE = charter('revision="2024-06"');
type Step = { tab: 0 | 1; action: 'acceptAll' | 'rejectAll' | 'reset' | 'choose'; answers?: Record<string, boolean> };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    tab: fc.constantFrom(0 as const, 1 as const),
    action: fc.constantFrom('acceptAll' as const, 'rejectAll' as const, 'reset' as const),
  }),
  fc.record({
    tab: fc.constantFrom(0 as const, 1 as const),
    action: fc.constant('choose' as const),
    answers: fc.record(
      { statistics: fc.boolean(), 'third-party': fc.boolean(), matomo: fc.boolean(), youtube: fc.boolean(), dailymotion: fc.boolean() },
      { requiredKeys: [] },
    ),
  }),
);

const perform = (tabs: Portal[], step: Step) =>
  step.action === 'choose' ? tabs[step.tab].api.choose(step.answers!) : tabs[step.tab].api[step.action]();

describe('two tabs writing at the same moment', () => {
  it('leave the last complete choice in the cookie, and both tabs agree on it within a second', async () => {
    const tabs = [await openPortal(PAGE), await openPortal(PAGE)];
    const runs = fc.sample(fc.tuple(fc.array(stepArbitrary, { minLength: 2, maxLength: 6 }), fc.boolean()), { numRuns: 15, seed: 4096 });
    for (const [steps, inMicrotasks] of runs) {
      /** What each write left in the cookie, as the tab that wrote it reads it at once. */
      const written: (string | null)[] = [];
      const act = (step: Step) => {
        perform(tabs, step);
        written.push(storedCookie(tabs[step.tab].doc));
      };
      // All in one task, or each in its own microtask of that task.
      await new Promise<void>((done) => {
        if (inMicrotasks) {
          for (const step of steps) queueMicrotask(() => act(step));
          queueMicrotask(done);
        } else {
          for (const step of steps) act(step);
          done();
        }
      });
      const what = JSON.stringify(steps);
      await until(
        () => {
          const [one, other] = tabs.map((tab) => storedCookie(tab.doc));
          const [mine, theirs] = tabs.map((tab) => JSON.stringify(tab.api.preferences()));
          return one === other && mine === theirs;
        },
        `the tabs to agree after ${what}`,
        1500,
      );
      const raw = storedCookie(tabs[0].doc);
      // The last value written, whole: nothing merged, nothing cut.
      expect(raw, what).to.equal(written.at(-1));
      const preferences = tabs[0].api.preferences();
      if (raw === null) expect(preferences, what).to.equal(null);
      else {
        const stored = decodeChoice(raw)!;
        expect(stored, what).to.not.equal(null);
        expect(stored.id).to.equal(preferences!.id);
        expect({ ...stored.categories }).to.deep.equal(preferences!.categories);
        expect({ ...stored.entries }).to.deep.equal(preferences!.entries);
      }
    }
  });

  it('agree on no choice when a tab that had none resets just after the other chose', async () => {
    const [one, other] = [await openPortal(PAGE), await openPortal(PAGE)];
    one.api.acceptAll();
    other.api.reset();
    expect(storedCookie(other.doc)).to.equal(null);
    await until(() => !one.api.decided, 'the first tab to hear of the reset', 1000);
    expect(other.api.decided).to.equal(false);
    await until(() => part(one.host, 'banner'), 'the banner again');
  });

  it('keep a choice made while the other tab writes: a stale message never undoes it', async () => {
    const [one, other] = [await openPortal(PAGE), await openPortal(PAGE)];
    other.api.rejectAll();
    one.api.choose({ statistics: true, youtube: true });
    const made = one.api.preferences();
    // The other tab's message about its earlier write arrives after this tab's choice.
    await pause(300);
    expect(one.api.preferences()).to.deep.equal(made);
    expect(other.api.preferences()).to.deep.equal(made);
    expect(decodeChoice(storedCookie(one.doc)!)!.id).to.equal(made!.id);
    expect(decodeChoice(storedCookie(other.doc)!)!.id).to.equal(made!.id);
    expect(one.api.allows('youtube') && other.api.allows('youtube') && !other.api.allows('dailymotion')).to.equal(true);
  });
});
