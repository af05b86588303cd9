// What `npm install cookie-charter` gives a user: run in Node by `npm test`, after the build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import test from 'node:test';

const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// `--ignore-scripts`: the build has already run; `prepack` would run it again.
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }))[0];
const files = packed.files.map((file) => file.path).sort();

test('the package holds the builds, their declarations, the manifest, the README and the licence, and nothing else', () => {
  const allowed = [
    /^(package\.json|README\.md|LICENSE|custom-elements\.json)$/,
    /^dist\/cookie-charter(-ui|-dialog|-messages|-enforcement|-placeholder|-prerender)?\.js$/,
    // Each language's charter, and the banner's and the placeholders' words of those not built in.
    /^dist\/cookie-charter-(fr|en|de|es|it|nl|pt|ca|eu|sv|ar)\.js$/,
    /^dist\/cookie-charter-(banner|placeholder)-(de|es|it|nl|pt|ca|eu|sv|ar)\.js$/,
    /^dist\/cookie-charter-ui\.licenses\.txt$/,
    /^dist\/esm\/(cookie-charter|consent)\.js$/,
    /^dist\/esm\/chunks\/[\w-]+\.js$/,
    /^dist\/types\/[\w/-]+\.d\.ts$/,
  ];
  assert.deepEqual(
    files.filter((file) => !allowed.some((pattern) => pattern.test(file))),
    [],
  );
  for (const required of [
    'package.json',
    'README.md',
    'LICENSE',
    'custom-elements.json',
    'dist/cookie-charter.js',
    'dist/cookie-charter-ui.js',
    'dist/cookie-charter-dialog.js',
    'dist/cookie-charter-fr.js',
    'dist/cookie-charter-en.js',
    'dist/cookie-charter-ar.js',
    'dist/cookie-charter-banner-ar.js',
    'dist/cookie-charter-placeholder-eu.js',
    'dist/cookie-charter-messages.js',
    'dist/cookie-charter-enforcement.js',
    'dist/cookie-charter-placeholder.js',
    'dist/cookie-charter-prerender.js',
    'dist/cookie-charter-ui.licenses.txt',
    'dist/esm/cookie-charter.js',
    'dist/esm/consent.js',
    'dist/types/module.d.ts',
    'dist/types/headless.d.ts',
    'dist/types/drop-in.d.ts',
    'dist/types/prerender.d.ts',
  ]) {
    assert.ok(files.includes(required), `${required} is packed`);
  }
});

test('every declaration and chunk the package holds is reached from an entry: no leftover of an older build', () => {
  const reached = new Set();
  const follow = (path) => {
    if (reached.has(path)) return;
    reached.add(path);
    const dir = path.slice(0, path.lastIndexOf('/') + 1);
    for (const [, specifier] of read(path).matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = new URL(specifier, new URL(dir, 'file:///')).pathname.slice(1);
      follow(target.endsWith('.js') && path.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
    }
  };
  for (const entry of [
    'dist/esm/cookie-charter.js',
    'dist/esm/consent.js',
    'dist/types/module.d.ts',
    'dist/types/headless.d.ts',
    'dist/types/drop-in.d.ts',
    'dist/types/prerender.d.ts',
  ]) {
    follow(entry);
  }
  const chunks = files.filter((file) => file.startsWith('dist/esm/chunks/'));
  assert.deepEqual(
    chunks.filter((file) => !reached.has(file)),
    [],
  );
  const declarations = files.filter((file) => file.startsWith('dist/types/'));
  assert.deepEqual(
    declarations.filter((file) => !reached.has(file)),
    [],
  );
});

test('every path that package.json names is in the package', () => {
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  const named = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...targets(pkg.exports)];
  for (const path of named.map((value) => value.replace(/^\.\//, ''))) {
    if (path.includes('*')) continue;
    assert.ok(files.includes(path), `${path} is packed`);
  }
  assert.equal(pkg.exports['.'].types, './dist/types/module.d.ts');
  assert.equal(pkg.exports['./consent'].default, './dist/esm/consent.js');
  assert.equal(pkg.unpkg, 'dist/cookie-charter.js');
  assert.equal(pkg.jsdelivr, 'dist/cookie-charter.js');
});

test('the ES modules import only Lit and js-cookie, the declared dependencies, and never inline them', () => {
  const modules = files.filter((file) => file.startsWith('dist/esm/'));
  const bare = new Set();
  for (const file of modules) {
    for (const [, specifier] of read(file).matchAll(/(?:from|import)\s*\(?\s*'([^'.][^']*)'/g)) bare.add(specifier);
  }
  assert.deepEqual([...bare].sort(), ['js-cookie', 'lit']);
  assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['js-cookie', 'lit']);
  // Markers of their sources, which the drop-in's files do inline.
  for (const file of modules) assert.doesNotMatch(read(file), /litHtmlVersions|withConverter/, `${file} inlines neither`);
  assert.match(read('dist/cookie-charter-ui.js'), /litHtmlVersions/);
  assert.match(read('dist/cookie-charter.js'), /withConverter/);
});

test('side effects are declared for the files that install window.cookieCharter or register the elements, not for the core alone', () => {
  const effects = pkg.sideEffects.map((path) => path.replace(/^\.\//, ''));
  for (const file of ['dist/cookie-charter.js', 'dist/cookie-charter-ui.js', 'dist/esm/cookie-charter.js'])
    assert.ok(effects.includes(file), file);
  assert.ok(effects.includes('dist/esm/chunks/*.js'));
  assert.ok(!effects.includes('dist/esm/consent.js'));
  assert.equal(readdirSync(new URL('dist/esm/', root)).filter((name) => name.endsWith('.js')).length, 2);
});

test('the licence is MIT, in LICENSE and in package.json', () => {
  assert.equal(pkg.license, 'MIT');
  assert.match(read('LICENSE'), /^MIT License\n\nCopyright \(c\) \d{4} cookie-charter contributors\n/);
});
