// `npm run size`: the bytes of each built file (raw, gzip, brotli, as the budgets in test/size.test.ts
// count them), each language's files, and what a visit downloads: a returning visit, a first visit in
// each language, the dialog's opening, a page with blocked embeds. Run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BUILT_IN, LANGS } from './languages.js';

if (!existsSync('dist/cookie-charter.js')) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}
const sizes = new Map(
  readdirSync('dist')
    .filter((name) => name.endsWith('.js'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(`dist/${name}`);
      return [name, { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length }];
    }),
);
const brotli = (name) => sizes.get(`cookie-charter${name ? `-${name}` : ''}.js`)?.brotli ?? 0;
const number = (value) => value.toLocaleString('en-US').padStart(7);

console.log('Files of dist/ (bytes)\n');
console.log(`${'file'.padEnd(40)}${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
for (const [name, { raw, gzip, brotli: compressed }] of sizes)
  console.log(`${name.padEnd(40)}${number(raw)} ${number(gzip)} ${number(compressed)}`);

console.log(
  "\nEach language, brotli: its charter (when the dialog opens), its banner and placeholder words ('-': in the UI and placeholder files)\n",
);
console.log(
  `${'language'.padEnd(10)}${'charter'.padStart(8)}${'banner'.padStart(8)}${'placeh.'.padStart(8)}${'first visit'.padStart(13)}${'vs fr'.padStart(7)}`,
);
const firstVisit = (lang) => brotli('') + brotli('ui') + (BUILT_IN.includes(lang) ? 0 : brotli(`banner-${lang}`));
for (const lang of LANGS) {
  const own = (part) => (BUILT_IN.includes(lang) ? '-' : String(brotli(`${part}-${lang}`)));
  console.log(
    `${lang.padEnd(10)}${String(brotli(lang)).padStart(8)}${own('banner').padStart(8)}${own('placeholder').padStart(8)}` +
      `${String(firstVisit(lang)).padStart(13)}${`+${firstVisit(lang) - firstVisit('fr')}`.padStart(7)}`,
  );
}

console.log('\nVisits, brotli\n');
const visits = [
  ['returning visit (the core)', brotli('')],
  ['first visit, French or English (core and UI file)', firstVisit('fr')],
  ['opening the dialog, in French (dialog file and charter)', brotli('dialog') + brotli('fr')],
  ['page with blocked embeds, refused (core, enforcement, placeholders)', brotli('') + brotli('enforcement') + brotli('placeholder')],
];
for (const [what, bytes] of visits) console.log(`${what.padEnd(70)}${number(bytes)}`);
