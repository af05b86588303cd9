// The pages every system is measured on. Each system adds its own tags: `head` at the end of <head>,
// `body` at the end of <body>, as on a portal that pastes a banner's snippet into its template.
//
// `bodyStart`, where a system's docs ask for it, comes right after <body>.
//
// - tiny: a few lines of static HTML, no other script, style sheet or image: what the widget costs alone.
// - portal: a page like an open-data portal's home page: jQuery, AngularJS with angular-sanitize, a
//   bundle standing in for the portal's widget library (moment, moment-timezone, chroma, angular-gettext,
//   ng-infinite-scroll, d3), the portal's own AngularJS app, Bootstrap's and Font Awesome's style sheets,
//   a web font in two weights, and a Leaflet map with its tiles, loaded when the app compiles the map.
//   Its scripts come at the end of <body>, in the order the widget library's README asks for.
//   Where each weight comes from: BENCHMARK.md, "The portal page".
// - portal-head: the same portal built the other way round, as some portals' templates are: its scripts
//   (jQuery, AngularJS and the rest) are parser-blocking in <head>, before the system's own tags, and
//   its app renders 400 dataset cards with ng-repeat as it starts.

export const pageNames = ['tiny', 'portal', 'portal-head'];

/** The files that stand in for the portal's widget library, served as one bundle as that library is. */
export const widgetBundle = [
  'moment/min/moment.min.js',
  'moment/locale/fr.js',
  'moment-timezone/builds/moment-timezone-with-data.min.js',
  'chroma-js/dist/chroma.min.cjs',
  'angular-gettext/dist/angular-gettext.min.js',
  'ng-infinite-scroll/build/ng-infinite-scroll.min.js',
  'd3/dist/d3.min.js',
];

/** The tiny mock portal: only the widget's own tags differ from one system to the next. */
function tinyPage(system) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Open data – banc d'essai (${system.name})</title>
<link rel="icon" href="data:,">
<style>
body { font-family: system-ui, sans-serif; margin: 0; line-height: 1.5; color: #161616; }
header, main, footer { padding: 1rem 2rem; }
header { border-bottom: 1px solid #ddd; }
footer { border-top: 1px solid #ddd; }
</style>
${system.head}
</head>
<body>
${system.bodyStart ?? ''}<header><p>Open data Ris-Orangis</p></header>
<main>
<h1>Les données ouvertes de Ris-Orangis</h1>
<p>Portail fictif pour comparer des bannières de consentement.</p>
<ul>
<li><a href="#">Équipements sportifs</a> – 142 enregistrements</li>
<li><a href="#">Arrêts de bus</a> – 318 enregistrements</li>
<li><a href="#">Budget primitif 2024</a> – 1 204 enregistrements</li>
<li><a href="#">Qualité de l'air</a> – 8 760 enregistrements</li>
</ul>
</main>
<footer><a href="/confidentialite">Confidentialité</a></footer>
${system.body}
</body>
</html>
`;
}

/** The portal's own scripts, in the order the widget library's README asks for. */
const PORTAL_SCRIPTS = `<script src="/nm/jquery/dist/jquery.min.js"></script>
<script src="/nm/angular/angular.min.js"></script>
<script src="/nm/angular-sanitize/angular-sanitize.min.js"></script>
<script src="/portal/widgets.js"></script>
<script src="/portal/app.js"></script>`;

/**
 * The portal-like page; `tiles` is the origin of the map's tiles (a host of its own, as a tile server
 * is). `inHead`: the portal's scripts block the parser in <head>, and its app renders 400 cards at once.
 */
function portalPage(system, { tiles }, inHead = false) {
  return `<!doctype html>
<html lang="fr"${inHead ? ' data-cards="400"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Données ouvertes – Ris-Orangis (${system.name})</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/nm/bootstrap/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/nm/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="/nm/@fontsource/open-sans/400.css">
<link rel="stylesheet" href="/nm/@fontsource/open-sans/700.css">
<link rel="stylesheet" href="/portal/portal.css">
${inHead ? `${PORTAL_SCRIPTS}\n` : ''}${system.head}
</head>
<body>
${system.bodyStart ?? ''}<div ng-app="portal">
<header class="portal-header">
<a href="/"><img src="/portal/logo.svg" width="160" height="40" alt="Open data Ris-Orangis"></a>
<nav><a href="#"><i class="fa fa-home"></i> Accueil</a> <a href="#"><i class="fa fa-database"></i> Catalogue</a>
<a href="#"><i class="fa fa-map"></i> Carte</a> <a href="#"><i class="fa fa-bar-chart"></i> Visualisations</a>
<a href="#"><i class="fa fa-code"></i> API</a></nav>
</header>
<main ng-controller="CatalogCtrl as catalog" ng-cloak>
<section class="portal-hero">
<h1>Les données ouvertes de Ris-Orangis</h1>
<p>{{ catalog.datasets.length }} jeux de données publiés par la ville et ses partenaires.</p>
<input class="form-control" type="search" ng-model="catalog.query" placeholder="Rechercher un jeu de données" aria-label="Rechercher">
</section>
<div class="portal-content row">
<section class="col-md-8" infinite-scroll="catalog.more()" infinite-scroll-distance="1">
<article class="dataset-card" ng-repeat="dataset in catalog.datasets | filter:catalog.query | orderBy:'-modified' | limitTo:catalog.limit track by dataset.id">
<h3><i class="fa fa-{{ dataset.icon }}"></i> <a href="#">{{ dataset.title }}</a></h3>
<p ng-bind-html="dataset.description"></p>
<p class="meta"><span class="theme" ng-style="{ background: dataset.color }">{{ dataset.theme | translate }}</span>
{{ dataset.publisher }} · {{ dataset.records | number }} enregistrements · modifié {{ dataset.modified | fromNow }}</p>
</article>
</section>
<aside class="col-md-4">
<div class="portal-map" portal-map data-tiles="${tiles}"></div>
<div class="portal-chart" portal-chart="perTheme"></div>
</aside>
</div>
</main>
<footer class="portal-footer"><a href="/confidentialite">Confidentialité</a> · <a href="#">Mentions légales</a> · <a href="#">API</a></footer>
</div>
${inHead ? '' : `${PORTAL_SCRIPTS}\n`}${system.body}
</body>
</html>
`;
}

/** The HTML of `page` for `system`. */
export function pageHtml(page, system, origins) {
  if (page === 'tiny') return tinyPage(system);
  if (page === 'portal') return portalPage(system, origins);
  if (page === 'portal-head') return portalPage(system, origins, true);
  throw new Error(`unknown page ${page}`);
}
