import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyTemplates } from './scripts/minify-templates.js';
import { thirdPartyLicenses } from './scripts/third-party-licenses.js';
import { BUILT_IN, LANGS } from './scripts/languages.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const typescript = (target = 'es2020') => esbuild({ target, tsconfig: 'tsconfig.json', define: { __VERSION__: JSON.stringify(version) } });
/**
 * Chromium's V8 compiles a function only at its first call, after a quick pre-parse of the whole file:
 * nearly every function of these files runs as soon as they load, so each would be parsed twice. This
 * comment at the top of a file asks V8 to compile all of it at once (other engines see a comment).
 * `npm run bench` measures the difference on the main thread of a returning visit.
 */
const compileEagerly = {
  name: 'compile-eagerly',
  renderChunk: (code) => ({ code: `//# allFunctionsCalledOnLoad\n${code}`, map: null }),
};
/**
 * Terser makes smaller files than esbuild's minifier; it keeps licence comments (`/*!`) unless told.
 * A third pass finds what the second one's changes opened (every file a few bytes lighter, the core 12).
 */
const minify = (options) => [terser({ compress: { passes: 3 }, ...options }), compileEagerly];
/**
 * Properties of the core's own shapes that never leave the drop-in file (the table of answers, the copy
 * that counts, the page's cookie and clock, a choice's time, the followed charter): short names in the
 * build. Each is a name that the core reads on no browser object, and that neither js-cookie nor another
 * file of the widget uses, so that a renamed one can only be the core's own (`time` is also a browser
 * API's, so Terser renames it only when told: `builtins`).
 */
const CORE_INTERNALS =
  /^(allowed|allowedByKey|categoryByName|shownCategories|unanswered|needsConsent|objectedIds|choice|counted|laterFormat|recent|ahead|seen|readCookie|writeCookie|removeCookie|clock|gpcRefuses|announce|ignoreGpc|cookieDomain|time|ensureHost|whenRead|whenCharterRead)$/;
/** Fails a build of the other files that reads one of those properties: it would get the core's short name wrong. */
const coreInternalsStayInside = {
  name: 'core-internals-stay-inside',
  renderChunk(code, chunk) {
    const used = new RegExp(`\\.(${CORE_INTERNALS.source.slice(2, -2)})\\b`).exec(code);
    if (used) this.error(`${chunk.fileName} reads ".${used[1]}", a property the drop-in's build renames (CORE_INTERNALS)`);
    return null;
  },
};
// The core keeps js-cookie's licence line. No function of the core is called with `new` nor has its
// `prototype` read: Terser may write one that uses no `this` as an arrow function (`unsafe_arrows`).
const minified = minify({
  ecma: 2020,
  compress: { passes: 3, unsafe_arrows: true },
  format: { comments: 'some' },
  mangle: { properties: { regex: CORE_INTERNALS, builtins: true } },
});
// The UI runs only in browsers with native custom elements, shadow DOM and <dialog>: the last two
// years of evergreen browsers all run ES2022. Lit's licence goes to a file beside it, not into every download.
const uiTarget = 'es2022';
const uiMinified = [coreInternalsStayInside, ...minify({ ecma: 2022, module: true, format: { comments: false } })];

/**
 * Keeps every module the banner's file needs in that file: the dialog's file, which always comes after
 * it, imports Lit and the helpers they share from there instead of from a third file.
 */
function inBannerFile(id, { getModuleInfo }) {
  const banner = (inBannerFile.modules ??= new Set());
  if (!banner.size) {
    const visit = (module) => {
      if (banner.has(module)) return;
      banner.add(module);
      for (const imported of getModuleInfo(module).importedIds) visit(imported);
    };
    visit(resolve('src/ui/define.ts'));
  }
  return banner.has(id) ? 'cookie-charter-ui' : undefined;
}

/**
 * The drop-in loads each of these files as `cookie-charter-<name>.js?v=VERSION` (src/drop-in.ts); their
 * imports of one another carry the same query, so that a file comes once, at the address the drop-in
 * gave it, and never twice as two modules (a second Lit).
 */
function sameVersionImports() {
  return {
    name: 'same-version-imports',
    renderChunk(code, chunk) {
      const files = [...chunk.imports, ...chunk.dynamicImports];
      if (!files.length) return null;
      let result = code;
      for (const file of files)
        result = result.replaceAll(new RegExp(`(["'])\\./${file.replace(/\W/g, '\\$&')}\\1`, 'g'), `$1./${file}?v=${version}$1`);
      if (files.some((file) => !result.includes(`./${file}?v=${version}`)))
        this.error(`an import of ${chunk.fileName} was not found to version`);
      return { code: result, map: null };
    },
  };
}

export default [
  {
    // The drop-in: a classic script holding the consent core and a loader for the UI files below.
    input: 'src/drop-in.ts',
    output: { file: 'dist/cookie-charter.js', format: 'iife', plugins: minified },
    plugins: [nodeResolve(), typescript()],
  },
  {
    // The banner (Lit, the element, its styles and the banner's words in every language), loaded by the
    // drop-in only when shown; the charter's texts, one file per language, loaded when the dialog opens.
    input: {
      'cookie-charter-ui': 'src/ui/define.ts',
      'cookie-charter-dialog': 'src/ui/dialog.ts',
      // Each language's charter; the banner's and the placeholders' words of those not in the UI and placeholder files.
      ...Object.fromEntries(
        LANGS.flatMap((lang) => [
          [`cookie-charter-${lang}`, `src/charter/${lang}.ts`],
          ...(BUILT_IN.includes(lang)
            ? []
            : [
                [`cookie-charter-banner-${lang}`, `src/charter/banner/${lang}.ts`],
                [`cookie-charter-placeholder-${lang}`, `src/charter/placeholder/${lang}.ts`],
              ]),
        ]),
      ),
    },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', manualChunks: inBannerFile, plugins: uiMinified },
    // The banner's file may export more than `defineUi`: what the dialog's file imports from it.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve(),
      typescript(uiTarget),
      minifyTemplates(),
      sameVersionImports(),
      thirdPartyLicenses('cookie-charter-ui.licenses.txt'),
    ],
  },
  // The explanations of problems, the enforcement file (gated content, Google Consent Mode, the
  // checks of exempt entries), each built alone: they import nothing, so that neither brings the
  // banner's file (and Lit) with it, nor shares a file with the dialog (the reading of durations).
  ...[
    ['messages', 'src/consent/messages.ts'],
    ['enforcement', 'src/enforcement/enforcement.ts'],
    // Never loaded by the widget: a page (the configurator's, a portal's build) imports it to write its banner into its HTML.
    ['prerender', 'src/prerender.ts'],
  ].map(([name, input]) => ({
    input,
    output: { file: `dist/cookie-charter-${name}.js`, format: 'es', plugins: uiMinified },
    plugins: [nodeResolve(), typescript(uiTarget), minifyTemplates()],
    // The written banner's style sheet is the UI's `css` text: Lit's css tag, not the rest of Lit, which
    // only declares its elements' classes and would be kept for the few globals they set.
    treeshake:
      name === 'prerender' ? { moduleSideEffects: (id) => !/[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(id) } : true,
  })),
  {
    // The placeholders of blocked embeds, loaded by the enforcement file when a template is not allowed:
    // a file of its own, that imports nothing, so that it never brings the banner's file (and Lit) with it.
    input: 'src/placeholder/define.ts',
    output: { file: 'dist/cookie-charter-placeholder.js', format: 'es', plugins: uiMinified },
    plugins: [nodeResolve(), typescript(uiTarget), minifyTemplates()],
  },
  {
    // For bundlers: ES modules that leave Lit and js-cookie to the application's own copies;
    // `consent` is the core alone, for a portal that draws its own banner.
    input: { 'cookie-charter': 'src/module.ts', consent: 'src/headless.ts' },
    output: { dir: 'dist/esm', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    external: [/^lit($|\/)/, /^@lit\//, 'js-cookie'],
    plugins: [nodeResolve(), typescript(), minifyTemplates()],
  },
];
