// The systems compared by run.js. Each one is set up the way its own documentation (README or
// package example) describes, configured with one statistics service (a Matomo-like tracker whose
// cookies are `_pk_id.*` and `_pk_ses.*`) and French texts where it has them.
//
// For each system:
// - `head` / `body`: what the portal page adds for it (inline configuration, tags loading its files);
//   files are served from `/cc/` (this project's dist/) and `/nm/<package>/` (test/bench/node_modules).
// - `banner`: page-side source of a function returning the banner's element (or null).
// - `acceptAll`: page-side source of a function returning the "accept all" button of the banner.
// - `query`: page-side source of an expression that answers "may the statistics tracker set its cookies?".
// - `cookies`: the names of the cookies it stores the choice in.
// Page-side sources are plain strings: they are evaluated in the page, never in Node.

const PRIVACY = '/confidentialite';

const readCookie = (name, value) => `/(?:^|; )${name}=${value}(?:;|$)/.test(document.cookie)`;

export const systems = [
  {
    name: 'cookie-charter',
    version: 'dist/ (this repository)',
    head: '',
    body: `<cookie-charter platform="https://data.example.fr" lang="fr" revision="2024-06">
  <cookie-charter-entry id="matomo" category="statistics" provider="Matomo" service="Mesure d'audience"
      cookies="_pk_id.* _pk_ses.*" purpose="Mesurer la fréquentation du portail" duration="13 mois"></cookie-charter-entry>
</cookie-charter>
<script src="/cc/cookie-charter.js" defer></script>`,
    banner: `() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"]') ?? null`,
    acceptAll: `() => document.querySelector('cookie-charter')?.shadowRoot?.querySelector('[part~="banner"] [part~="accept-all"]') ?? null`,
    query: `window.cookieCharter.allows('matomo')`,
    cookies: ['cookies_preferences'],
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
    query: `CookieConsent.acceptedCategory('analytics')`,
    cookies: ['cc_cookie'],
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
    query: `window.orejime.manager.getConsent('matomo')`,
    cookies: ['eu-consent'],
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
    query: `klaro.getManager().getConsent('matomo')`,
    cookies: ['klaro'],
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
    query: `tarteaucitron.state.statsmatomo === true`,
    cookies: ['tarteaucitron'],
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
    query: readCookie('cookieconsent_status', 'allow'),
    cookies: ['cookieconsent_status'],
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
    query: readCookie('consent', '1'),
    cookies: ['consent'],
  },
];
