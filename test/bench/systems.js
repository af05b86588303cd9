// The systems compared by run.js. Each one is set up the way its own documentation (README or
// package example) describes, configured with one statistics service (a Matomo-like tracker whose
// cookies are `_pk_id.*` and `_pk_ses.*`) and French texts where it has them.
//
// For each system:
// - `head` / `body`: what the portal page adds for it (inline configuration, tags loading its files),
//   and `bodyStart`, what it adds first in <body>, where its docs ask for that;
//   files are served from `/cc/` (this project's dist/) and `/nm/<package>/` (test/bench/node_modules).
// - `banner`: page-side source of a function returning the banner's element (or null).
// - `acceptAll`: page-side source of a function returning the "accept all" button of the banner.
// - `customize`: the banner's button that opens the preferences ("Personnaliser"); `dialog`: the
//   preferences dialog it opens; `toggle`: one switch (or its visible part) inside that dialog. A
//   system without a preferences dialog has `noDialog`, the reason, instead.
// - `query`: page-side source of an expression that answers "may the statistics tracker set its cookies?".
// - `cookies`: the names of the cookies it stores the choice in.
// - `files`: the path prefix of the files it loads (its tasks and bytes are told from the page's by it).
// Page-side sources are plain strings: they are evaluated in the page, never in Node.

const PRIVACY = '/confidentialite';

const readCookie = (name, value) => `/(?:^|; )${name}=${value}(?:;|$)/.test(document.cookie)`;

/** cookie-charter's element with its one statistics entry; `written` goes first inside it. */
const charterElement = (written = '') => `<cookie-charter platform="https://data.example.fr" lang="fr" revision="2024-06">${written}
  <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
      cookies="_pk_id.* _pk_ses.*" purpose="Mesurer la fréquentation du portail" duration="13 mois"></cookie-charter-entry>
</cookie-charter>`;

export const systems = [
  {
    name: 'cookie-charter (one tag)',
    version: 'dist/ (this repository), the drop-in alone',
    head: '<script src="/cc/cookie-charter.js" async fetchpriority="high"></script>',
    bodyStart: charterElement(),
    body: '',
    banner: `() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"]') ?? null`,
    acceptAll: `() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"] [part~="accept-all"]') ?? null`,
    customize: `() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"] [part~="customize"]') ?? null`,
    // The dialog's element renders in its own shadow root or in its light DOM: either is found.
    dialog: `() => { const d = document.querySelector('cookie-charter')?.shadowRoot?.querySelector('cookie-charter-dialog'); return (d?.shadowRoot ?? d)?.querySelector('dialog[part~="dialog"]') ?? null; }`,
    toggle: `() => { const d = document.querySelector('cookie-charter')?.shadowRoot?.querySelector('cookie-charter-dialog'); return (d?.shadowRoot ?? d)?.querySelector('[part~="toggle"]') ?? null; }`,
    query: `window.cookieCharter.allows('matomo')`,
    cookies: ['cookies_preferences'],
    files: '/cc/',
  },
  {
    name: 'vanilla-cookieconsent',
    package: 'vanilla-cookieconsent',
    head: `<link rel="stylesheet" href="/nm/vanilla-cookieconsent/dist/cookieconsent.css">`,
    body: `<script type="module">
import '/nm/vanilla-cookieconsent/dist/cookieconsent.umd.js';
CookieConsent.run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_pk_id\\./ }, { name: /^_pk_ses\\./ }] } }
  },
  language: {
    default: 'fr',
    translations: {
      fr: {
        consentModal: {
          title: 'Cookies',
          description: "Ce portail mesure sa fréquentation avec Matomo si vous l'acceptez.",
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          showPreferencesBtn: 'Personnaliser'
        },
        preferencesModal: {
          title: 'Préférences',
          acceptAllBtn: 'Tout accepter',
          acceptNecessaryBtn: 'Tout refuser',
          savePreferencesBtn: 'Enregistrer',
          closeIconLabel: 'Fermer',
          sections: [
            { title: 'Cookies nécessaires', description: 'Indispensables au portail.', linkedCategory: 'necessary' },
            { title: "Mesure d'audience", description: 'Matomo : _pk_id.*, _pk_ses.*', linkedCategory: 'analytics' }
          ]
        }
      }
    }
  }
});
</script>`,
    banner: `() => document.querySelector('#cc-main .cm')`,
    acceptAll: `() => document.querySelector('#cc-main .cm [data-role="all"]')`,
    customize: `() => document.querySelector('#cc-main .cm [data-role="show"]')`,
    dialog: `() => document.querySelector('#cc-main .pm')`,
    toggle: `() => document.querySelector('#cc-main .pm .section__toggle')`,
    query: `CookieConsent.acceptedCategory('analytics')`,
    cookies: ['cc_cookie'],
    files: '/nm/vanilla-cookieconsent/',
  },
  {
    name: 'orejime',
    package: 'orejime',
    head: `<link rel="stylesheet" href="/nm/orejime/dist/orejime-standard.css">`,
    body: `<script>
window.orejimeConfig = {
  privacyPolicyUrl: '${PRIVACY}',
  purposes: [
    { id: 'matomo', title: 'Matomo', description: "Mesure d'audience", cookies: [/^_pk_id\\./, /^_pk_ses\\./] }
  ]
};
</script>
<script src="/nm/orejime/dist/orejime-standard-fr.js"></script>`,
    banner: `() => document.querySelector('.orejime-Banner')`,
    acceptAll: `() => document.querySelector('.orejime-Banner .orejime-Banner-saveButton')`,
    customize: `() => document.querySelector('.orejime-Banner .orejime-Banner-learnMoreButton')`,
    dialog: `() => document.querySelector('.orejime-ModalWrapper')`,
    toggle: `() => document.querySelector('.orejime-ModalWrapper .orejime-Purpose-input')`,
    query: `window.orejime.manager.getConsent('matomo')`,
    cookies: ['eu-consent'],
    files: '/nm/orejime/',
  },
  {
    name: 'klaro',
    package: 'klaro',
    head: '',
    body: `<script>
var klaroConfig = {
  lang: 'fr',
  acceptAll: true,
  translations: {
    zz: { privacyPolicyUrl: '${PRIVACY}' },
    fr: { matomo: { description: "Mesure d'audience" }, purposes: { analytics: "Mesure d'audience" } }
  },
  services: [
    { name: 'matomo', title: 'Matomo', purposes: ['analytics'], default: false, cookies: [/^_pk_id\\./, /^_pk_ses\\./] }
  ]
};
</script>
<script defer src="/nm/klaro/dist/klaro.js"></script>`,
    banner: `() => document.querySelector('.klaro .cookie-notice')`,
    acceptAll: `() => document.querySelector('.klaro .cookie-notice .cm-btn-success')`,
    customize: `() => document.querySelector('.klaro .cookie-notice .cn-learn-more')`,
    dialog: `() => document.querySelector('.klaro .cookie-modal .cm-modal')`,
    // The checkbox itself is transparent; the switch drawn beside it is what shows.
    toggle: `() => document.querySelector('.klaro .cookie-modal .cm-switch .slider')`,
    query: `klaro.getManager().getConsent('matomo')`,
    cookies: ['klaro'],
    files: '/nm/klaro/',
  },
  {
    name: 'tarteaucitron',
    package: 'tarteaucitronjs',
    head: `<script src="/nm/tarteaucitronjs/tarteaucitron.min.js"></script>
<script>
tarteaucitron.init({ privacyUrl: '${PRIVACY}', orientation: 'bottom' });
tarteaucitron.services.statsmatomo = {
  key: 'statsmatomo', type: 'analytic', name: 'Matomo', needConsent: true,
  cookies: ['_pk_id', '_pk_ses'], js: function () {}, fallback: function () {}
};
(tarteaucitron.job = tarteaucitron.job || []).push('statsmatomo');
</script>`,
    body: '',
    banner: `() => document.getElementById('tarteaucitronAlertBig')`,
    acceptAll: `() => document.getElementById('tarteaucitronPersonalize2')`,
    customize: `() => document.getElementById('tarteaucitronCloseAlert')`,
    dialog: `() => document.getElementById('tarteaucitron')`,
    // Its per-service choice is a pair of "allow" and "deny" buttons rather than a switch.
    toggle: `() => document.getElementById('statsmatomoAllowed')`,
    query: `tarteaucitron.state.statsmatomo === true`,
    cookies: ['tarteaucitron'],
    files: '/nm/tarteaucitronjs/',
  },
  {
    name: 'osano-cookieconsent',
    package: 'cookieconsent',
    head: `<link rel="stylesheet" href="/nm/cookieconsent/build/cookieconsent.min.css">`,
    body: `<script src="/nm/cookieconsent/build/cookieconsent.min.js"></script>
<script>
window.cookieconsent.initialise({
  type: 'opt-in',
  content: {
    message: "Ce portail mesure sa fréquentation avec Matomo si vous l'acceptez.",
    allow: 'Tout accepter', deny: 'Tout refuser', link: 'En savoir plus', href: '${PRIVACY}'
  }
});
</script>`,
    banner: `() => document.querySelector('.cc-window')`,
    acceptAll: `() => document.querySelector('.cc-window .cc-allow')`,
    noDialog: 'its opt-in banner has no preferences dialog',
    query: readCookie('cookieconsent_status', 'allow'),
    cookies: ['cookieconsent_status'],
    files: '/nm/cookieconsent/',
  },
  {
    name: 'floor',
    version: 'static HTML + inline JS',
    head: '',
    body: `<div id="floor-banner" role="region" aria-label="Cookies" hidden
    style="position:fixed;inset:auto 0 0 0;padding:1rem;background:#fff;border-top:1px solid #929292">
  <p>Ce portail mesure sa fréquentation avec Matomo si vous l'acceptez.</p>
  <button type="button" id="floor-accept">Tout accepter</button>
  <button type="button" id="floor-reject">Tout refuser</button>
</div>
<script>
(function () {
  var banner = document.getElementById('floor-banner');
  var choose = function (value) {
    document.cookie = 'consent=' + value + '; path=/; max-age=15724800; samesite=lax';
    banner.hidden = true;
  };
  if (!/(?:^|; )consent=/.test(document.cookie)) banner.hidden = false;
  document.getElementById('floor-accept').onclick = function () { choose(1); };
  document.getElementById('floor-reject').onclick = function () { choose(0); };
})();
</script>`,
    banner: `() => document.getElementById('floor-banner')`,
    acceptAll: `() => document.getElementById('floor-accept')`,
    noDialog: 'a banner with two buttons',
    query: readCookie('consent', '1'),
    cookies: ['consent'],
    files: null,
  },
];

/**
 * cookie-charter as docs/install.md recommends: the drop-in's script in <head>, and the banner written
 * into the page (`written`, made by `cookie-charter/prerender` from this build, see writtenBanner() in
 * run.js) first in <cookie-charter>, with the inline script `reveal` right after the element.
 */
export function recommendedSystem(written, reveal) {
  const widget = systems[0];
  return {
    ...widget,
    name: 'cookie-charter',
    version: 'dist/ (this repository), the banner written into the page',
    bodyStart: `${charterElement(written)}\n<script>${reveal}</script>`,
    // The banner written into the page, while shown, and then the widget's own.
    banner: `() => [...(document.querySelector('cookie-charter')?.shadowRoot?.querySelectorAll('[part~="banner"]') ?? [])].find((b) => !b.hidden) ?? null`,
  };
}

/**
 * cookie-charter as built in another folder (`--baseline DIR`), which the server serves at
 * `/cc-baseline/`: measured beside this repository's build in the same rounds, placed as the drop-in alone.
 */
export function baselineSystem(dir) {
  const widget = systems[0];
  return {
    ...widget,
    name: 'cookie-charter (baseline)',
    version: `${dir} (an earlier build)`,
    head: widget.head.replace('/cc/', '/cc-baseline/'),
    body: widget.body.replace('/cc/', '/cc-baseline/'),
    files: '/cc-baseline/',
  };
}
