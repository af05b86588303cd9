// The portal page's own application: an AngularJS app that lists the catalogue's datasets (ng-repeat,
// filters, sanitized descriptions, translated themes, infinite scroll), draws a chart of records per
// theme with d3 and a Leaflet map loaded on demand, as an open-data portal's home page does.
/* global angular, chroma, d3, moment */
(function () {
  'use strict';

  var THEMES = ['environment', 'mobility', 'budget', 'culture', 'health', 'education', 'housing', 'sport'];
  var ICONS = ['leaf', 'bus', 'eur', 'book', 'heartbeat', 'graduation-cap', 'home', 'futbol-o'];
  var SUBJECTS = [
    'Qualité de l’air',
    'Arrêts de bus',
    'Budget primitif',
    'Équipements sportifs',
    'Bibliothèques',
    'Consommation d’eau',
    'Pistes cyclables',
    'Écoles maternelles',
    'Logements sociaux',
    'Marchés publics',
    'Parcs et jardins',
    'Stationnement',
  ];
  var PUBLISHERS = ['Ville de Ris-Orangis', 'Grand Paris Sud', 'Île-de-France Mobilités', 'Département de l’Essonne'];

  var app = angular.module('portal', ['ngSanitize', 'gettext', 'infinite-scroll']);

  app.run([
    'gettextCatalog',
    function (gettextCatalog) {
      gettextCatalog.setStrings('fr', {
        environment: 'Environnement',
        mobility: 'Mobilité',
        budget: 'Budget',
        culture: 'Culture',
        health: 'Santé',
        education: 'Éducation',
        housing: 'Logement',
        sport: 'Sport',
      });
      gettextCatalog.setCurrentLanguage('fr');
      moment.locale('fr');
    },
  ]);

  app.filter('fromNow', function () {
    return function (date) {
      return moment.tz(date, 'Europe/Paris').fromNow();
    };
  });

  app.controller('CatalogCtrl', [
    '$scope',
    function ($scope) {
      var colors = chroma.scale(['#1f5c99', '#f2b705', '#2e8540']).mode('lch').colors(THEMES.length);
      var now = moment.tz('2024-06-01T12:00:00', 'Europe/Paris');
      // The page may ask for more cards at start (<html data-cards>): the catalogue holds at least that many.
      var cards = Number(document.documentElement.getAttribute('data-cards')) || 12;
      var datasets = [];
      for (var i = 0; i < Math.max(60, cards); i++) {
        var theme = i % THEMES.length;
        datasets.push({
          id: 'dataset-' + i,
          title: SUBJECTS[i % SUBJECTS.length] + ' ' + (2015 + (i % 10)),
          publisher: PUBLISHERS[i % PUBLISHERS.length],
          description: 'Données <strong>' + SUBJECTS[i % SUBJECTS.length].toLowerCase() + '</strong>, mises à jour <em>chaque mois</em>.',
          records: ((i * 7919) % 20000) + 40,
          modified: now
            .clone()
            .subtract(i * 3, 'days')
            .format(),
          theme: THEMES[theme],
          icon: ICONS[theme],
          color: colors[theme],
        });
      }
      this.datasets = datasets;
      this.query = '';
      this.limit = cards;
      this.more = function () {
        this.limit = Math.min(this.limit + 6, datasets.length);
      };
      $scope.perTheme = THEMES.map(function (name) {
        return {
          name: name,
          records: datasets
            .filter(function (dataset) {
              return dataset.theme === name;
            })
            .reduce(function (sum, dataset) {
              return sum + dataset.records;
            }, 0),
        };
      });
    },
  ]);

  app.directive('portalChart', [
    'gettextCatalog',
    function (gettextCatalog) {
      return {
        restrict: 'A',
        scope: { data: '=portalChart' },
        link: function (scope, element) {
          var width = 320;
          var height = 180;
          var x = d3
            .scaleBand()
            .domain(
              scope.data.map(function (d) {
                return d.name;
              }),
            )
            .range([30, width])
            .padding(0.2);
          var y = d3
            .scaleLinear()
            .domain([
              0,
              d3.max(scope.data, function (d) {
                return d.records;
              }),
            ])
            .nice()
            .range([height - 40, 10]);
          var svg = d3
            .select(element[0])
            .append('svg')
            .attr('viewBox', '0 0 ' + width + ' ' + height);
          svg
            .append('g')
            .selectAll('rect')
            .data(scope.data)
            .join('rect')
            .attr('x', function (d) {
              return x(d.name);
            })
            .attr('y', function (d) {
              return y(d.records);
            })
            .attr('width', x.bandwidth())
            .attr('height', function (d) {
              return y(0) - y(d.records);
            })
            .attr('fill', '#2a7fc4');
          svg
            .append('g')
            .attr('transform', 'translate(0,' + (height - 40) + ')')
            .call(
              d3.axisBottom(x).tickFormat(function (name) {
                return gettextCatalog.getString(name).slice(0, 5);
              }),
            );
          svg.append('g').attr('transform', 'translate(30,0)').call(d3.axisLeft(y).ticks(4, 's'));
        },
      };
    },
  ]);

  // Leaflet is loaded when the map is compiled, as the portal's widgets load their heavy libraries.
  app.directive('portalMap', function () {
    return {
      restrict: 'A',
      link: function (scope, element, attributes) {
        var style = document.createElement('link');
        style.rel = 'stylesheet';
        style.href = '/nm/leaflet/dist/leaflet.css';
        document.head.appendChild(style);
        var script = document.createElement('script');
        script.src = '/nm/leaflet/dist/leaflet.js';
        script.onload = function () {
          var L = window.L;
          L.Icon.Default.imagePath = '/nm/leaflet/dist/images/';
          var map = L.map(element[0], { scrollWheelZoom: false }).setView([48.652, 2.412], 14);
          L.tileLayer(attributes.tiles + '/tiles/{z}/{x}/{y}.png', { maxZoom: 18, attribution: 'Fond de carte fictif' }).addTo(map);
          [
            [48.6535, 2.4092],
            [48.6498, 2.4171],
            [48.6552, 2.4203],
          ].forEach(function (point) {
            L.marker(point).addTo(map);
          });
        };
        document.body.appendChild(script);
      },
    };
  });
})();
