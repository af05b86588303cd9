// The links between the Markdown files (README, CONTRIBUTING, BENCHMARK, ARCHITECTURE, docs/): every
// relative link must name a file that exists and, with a `#anchor`, a heading of that file.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import test from 'node:test';

const root = new URL('../../', import.meta.url);
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'BENCHMARK.md',
  'ARCHITECTURE.md',
  ...readdirSync(new URL('docs/', root))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The text outside fenced code blocks, line by line; fenced lines become empty. */
function prose(markdown) {
  let fence = null;
  return markdown.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker) fence = marker;
    else if (fence !== null && marker?.[0] === fence[0] && marker.length >= fence.length) fence = null;
    else if (fence === null) return line;
    return '';
  });
}

/** A heading's anchor as GitHub makes it: lowercase, punctuation but `-` and `_` removed, spaces to `-`. */
function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of a Markdown text: a repeated slug gets `-1`, `-2`… */
function anchors(markdown) {
  const seen = new Map();
  const found = new Set();
  for (const line of prose(markdown)) {
    const heading = /^ {0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count ? `${base}-${count}` : base);
  }
  return found;
}

/** Every link of a Markdown text outside code: `{ line, target }`, `target` as written. */
function links(markdown) {
  const found = [];
  prose(markdown).forEach((line, index) => {
    const text = line.replace(/`[^`]*`/g, (code) => 'x'.repeat(code.length));
    for (const match of text.matchAll(/\]\(([^)\s]*)(?:\s+"[^"]*")?\)/g)) {
      found.push({ line: index + 1, target: line.slice(match.index + 2, match.index + 2 + match[1].length) });
    }
  });
  return found;
}

/** What is wrong with the relative links of `page` (a path from the repository's root), or nothing. */
function brokenLinks(page, read = (path) => readFileSync(new URL(path, root), 'utf8'), exists = (path) => existsSync(new URL(path, root))) {
  const broken = [];
  for (const { line, target } of links(read(page))) {
    if (/^[a-z][a-z\d+.-]*:/i.test(target) || target.startsWith('//')) continue; // https:, mailto:…
    const [path, anchor] = target.split('#');
    const file = path ? new URL(path, new URL(page, 'file:///')).pathname.slice(1) : page;
    const where = `${page}:${line} (${target})`;
    if (path && !exists(file)) {
      broken.push(`${where}: no file ${file}`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!file.endsWith('.md')) {
      broken.push(`${where}: an anchor into a file that is not Markdown`);
      continue;
    }
    if (!anchors(read(file)).has(decodeURIComponent(anchor))) broken.push(`${where}: no heading #${anchor} in ${file}`);
  }
  return broken;
}

test('the anchors are GitHub’s', () => {
  assert.equal(slug('`<cookie-charter>` attributes'), 'cookie-charter-attributes');
  assert.equal(slug('The consent core alone: `cookie-charter/consent`'), 'the-consent-core-alone-cookie-charterconsent');
  assert.equal(slug('The `cookies_preferences` cookie'), 'the-cookies_preferences-cookie');
  assert.equal(slug('Proof of consent: `receipt-endpoint`'), 'proof-of-consent-receipt-endpoint');
  assert.equal(slug('Matomo, Google Analytics'), 'matomo-google-analytics');
  assert.equal(slug('Où sont les données ?'), 'où-sont-les-données-');
  assert.deepEqual([...anchors('# A\n## A\n```\n# A\n```\n### A\n')], ['a', 'a-1', 'a-2']);
});

test('a broken link is found: a missing file, a missing heading, a link in code is not one', () => {
  const files = {
    'docs/a.md':
      '# Page A\n\n## Two words\n\nSee [b](b.md#top), [c](c.md), [two](#two-words), [x](#nowhere), `[no](link.md)`.\n\n```\n[no](link.md)\n```\n',
    'docs/b.md': '# B\n\n[back](../README.md#missing) [site](https://example.org/#x)\n',
    'README.md': '# Readme\n',
  };
  const read = (path) => files[path];
  const exists = (path) => path in files;
  assert.deepEqual(brokenLinks('docs/a.md', read, exists), [
    'docs/a.md:5 (b.md#top): no heading #top in docs/b.md',
    'docs/a.md:5 (c.md): no file docs/c.md',
    'docs/a.md:5 (#nowhere): no heading #nowhere in docs/a.md',
  ]);
  assert.deepEqual(brokenLinks('docs/b.md', read, exists), ['docs/b.md:3 (../README.md#missing): no heading #missing in README.md']);
});

test('every page links back to the README', () => {
  for (const page of pages.filter((page) => page !== 'README.md')) {
    const readme = page.startsWith('docs/') ? '../README.md' : 'README.md';
    assert.ok(
      links(readFileSync(new URL(page, root), 'utf8')).some(({ target }) => target === readme),
      `${page} links to ${readme}`,
    );
  }
});

for (const page of pages) {
  test(`${page}: every relative link reaches a file and a heading`, () => {
    assert.ok(statSync(new URL(page, root)).isFile());
    assert.deepEqual(brokenLinks(page), []);
  });
}
