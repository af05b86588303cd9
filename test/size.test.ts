import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

const size = (file: string) => executeServerCommand<Size, string>('file-size', file);

/*
 * Byte budgets of the built files (brotli, quality 11). They guard against growth: a change that
 * makes a visitor download more must raise them here, on purpose, in its own commit. The goals of the
 * project are lower (BENCHMARK.md, its goals): 2.5 KB for the core, 12 KB for a whole first visit.
 */
const BUDGETS = {
  // 4.75 KB until the consent state was made to settle (several copies of the cookie, format version,
  // digests of the entries a choice covers, every reachable copy removed on write): 5,772 bytes then.
  // The seams (named loaders, the start-up in parts, the Consent interface) made it 5,863, and the first
  // visit 13,597 (13,496 before them). The link to the portal's privacy policy (policy-url: its reading
  // in the core, its words in both languages and its place in the banner) made the first visit 13,647;
  // with the placeholders' loader in the core and the check of their texts' names in the banner's file,
  // 13,660 (core 5,855 once receipts sent the preferences as they are; the styles' custom properties
  // without the spaces CSS trims: banner's file 7,805).
  // Exempt audience measurement made the core 6,134 (5,877 before it, measured with the same Node:
  // allowed until objected to, objections across revisions, categories of exempt entries, nothing to
  // ask, objections in preferences and receipts, the cookies never exempt), and the first visit 14,073
  // (13,661 before; the banner's words on exempt measurement in both languages, the switches' answers).
  // A first visit that starts at once (the banner's file asked for before the page's own start-up),
  // the dialog's files fetched while the page is idle, and a returning visitor's page parsed first when
  // the script runs in <head>: core 6,156, banner's file 8,019 (first visit 14,175).
  // The consent rules as pure functions, the core over an injected cookie and clock, and refused cookies
  // deleted again when the visitor comes back to a page: core 6,260 (6,158 before; its own shapes'
  // property names shortened in the build), first visit 14,269.
  // Then the rules that keep a refusal at the edges: an entry's own answer stands against its
  // category's, a copy dated far ahead counts as an objection, ties count the entries listed, a
  // cookie-domain must cover the page, an empty or "#" policy-url and receipt-endpoint are no address,
  // a pattern that can name a tracker never exempt is not exempt, and a broader pattern spares no
  // refused cookie: core 6,481, first visit 14,490; a footer link in a shadow root, and the charter the
  // placeholders open given by the page's start-up: core 6,494, first visit 14,506.
  // Receipts posted with fetch, without the page's cookies or referrer, and naming the charter shown
  // (`receipt-endpoint` read by the UI for the choice's id): core 6,589 (+95). The banner's file ties a
  // choice to the charter it showed (digest, shown charter, its post: +338) and writes "kept for" with
  // Intl (+68): first visit 15,007.
  // The 11 languages of the Opendatasoft front office: which language shows (the lang attribute, then
  // <html lang>, its changes followed), the banner's words of a language other than French and English
  // asked for beside the UI file, the placeholders' words of those loaded, each entry's texts per
  // language read when shown: core 6,736 (+147), first visit 15,353 (+346: right to left, the
  // language's words awaited, entries in the visitor's language, durations and "kept for" through Intl).
  // The same core, lighter: a third pass of Terser, a choice's time and the followed charter's calls
  // renamed in the build, functions that use no this written as arrows, random ids' characters as
  // base-36 digits without an alphabet, the cookies never exempt said once: core 6,646 (6,762 before,
  // once the core took down a banner written into the page).
  // A banner written into the page (src/prerender.ts): the core takes it down when it asks nothing
  // (in the 6,762 above); the UI file takes it over in the same frame, its focus kept, without a second
  // slide-in (+121): first visit 15,407. On a first visit with the written banner shown, the start-up
  // waits for the frame after the page's first paint: core 6,686 (+40), first visit 15,447.
  // A returning visit reads the cookie three times, not four (binding the charter the core started
  // with tells the watchers nothing new; following other subdomains' tabs starts on its own), and
  // deletion compiles no pattern when nothing is refused: core 6,695 (+9), first visit 15,456. The
  // core's budget is now the most it may take after this wave's issues. Intl's unit formats made once
  // per language and unit (the dialog's table asked for one per row): first visit 15,469. The banner's
  // months from each language's words and plural rules, not from a first Intl.NumberFormat, which took
  // 96 ms of the first visit's 182 (4× throttled): 15,556.
  core: 6700,
  firstVisit: 15560,
  // A first visit in a language other than French and English also downloads its banner's words.
  otherLanguage: 600,
  // The placeholders of blocked embeds, and what a visitor who refused downloads on a page that has them
  // (the core, the enforcement file and the placeholders, never the banner): 2,683 and 10,734 bytes
  // when they came; 11,659 once exempt audience measurement grew the core (+257) and the enforcement
  // file (+633: the checks of exempt entries and Consent Mode's rule), and the first visit's start (+22);
  // 11,789 with the core of the pure rules (+102), categoryOf() (placeholders +11) and the exempt checks as a
  // pure function (enforcement file +19).
  // The placeholders' size from a 16:9 wrapper, a width in % and a style completed by attributes: 2,774.
  // 2,949 with the placeholders' words of other languages downloaded, the entries' texts per language and right to left.
  placeholder: 2950,
  // 12,010 with the rules at the edges (+221); 12,057 with the link in shadow roots and the charter the
  // placeholders open (enforcement file +27, placeholders +7); 12,135 with the placeholders' sizes;
  // 12,230 with receipts posted without cookies or referrer, naming the charter shown (core +95);
  // 12,276 once gated content whose data-consent changes is considered again (enforcement file +46);
  // 12,937 with the languages (core +147, placeholders +135; the enforcement file built alone, and
  // the reading of durations written in ISO 8601: +379); 12,871 once an ISO 8601 duration is read
  // once, not scanned as free text first (enforcement file -66); 12,779 with the lighter
  // core (-116) and Terser's third pass (enforcement file -2).
  // With the start-up that waits for a written banner's first paint: 12,819. With a returning visit's
  // fewer cookie reads: 12,828.
  refusedWithEmbeds: 12830,
};

describe('size budgets of dist/', () => {
  it('keeps the core, all a returning visitor downloads, within its budget', async () => {
    const core = await size('dist/cookie-charter.js');
    expect(core.brotli).to.be.at.most(BUDGETS.core);
  });

  it('keeps a first visit (the core and the UI file; the dialog and its texts come only when it opens) within its budget', async () => {
    const core = await size('dist/cookie-charter.js');
    const ui = await size('dist/cookie-charter-ui.js');
    expect(core.brotli + ui.brotli).to.be.at.most(BUDGETS.firstVisit);
  });

  it('adds at most its banner words to a first visit in a language other than French and English, in files that import nothing', async () => {
    for (const lang of ['de', 'es', 'it', 'nl', 'pt', 'ca', 'eu', 'sv', 'ar']) {
      expect((await size(`dist/cookie-charter-banner-${lang}.js`)).brotli, lang).to.be.at.most(BUDGETS.otherLanguage);
      for (const file of [`cookie-charter-${lang}.js`, `cookie-charter-banner-${lang}.js`, `cookie-charter-placeholder-${lang}.js`]) {
        const text = await (await fetch(`/dist/${file}`)).text();
        expect(text, file).to.not.match(/\bimport\s*[("'{*]|\bfrom\s*["']/);
      }
    }
  });

  it('keeps the placeholders of blocked embeds within their budget, in a file that brings nothing else with it', async () => {
    const placeholder = await size('dist/cookie-charter-placeholder.js');
    expect(placeholder.brotli).to.be.at.most(BUDGETS.placeholder);
    const text = await (await fetch('/dist/cookie-charter-placeholder.js')).text();
    expect(text).to.not.match(/\bimport\s*[("'{*]|\bfrom\s*["']/);
  });

  it('keeps a page with blocked embeds, for a visitor who refused (the core, the enforcement file, the placeholders), within its budget', async () => {
    let total = 0;
    for (const file of ['cookie-charter.js', 'cookie-charter-enforcement.js', 'cookie-charter-placeholder.js'])
      total += (await size(`dist/${file}`)).brotli;
    expect(total).to.be.at.most(BUDGETS.refusedWithEmbeds);
  });

  it('asks Chromium to compile each file a visit runs in one go, not function by function', async () => {
    const files = [
      'cookie-charter.js',
      'cookie-charter-ui.js',
      'cookie-charter-dialog.js',
      'cookie-charter-enforcement.js',
      'cookie-charter-placeholder.js',
    ];
    for (const file of files) {
      const text = await (await fetch(`/dist/${file}`)).text();
      expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), file).to.equal(true);
    }
  });
});
