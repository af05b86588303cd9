// The widget's reading of the charter's durations (src/consent/duration.ts), through the scanner's build.
import assert from 'node:assert/strict';
import test from 'node:test';
import { durationDays, MONTH_DAYS, STATISTICS_MAX_DAYS } from '../dist/index.js';

test('durations in French and English, in the charters’ words', () => {
  const cases = {
    '13 mois': 395,
    '6 mois': 182,
    '6 months': 182,
    '395 jours': 395,
    '1 an': 365,
    'un an': 365,
    '1 year': 365,
    'a year': 365,
    '2 ans': 730,
    '12 mois': 365,
    '1 mois': 30,
    '2 semaines': 14,
    '1 week': 7,
    '90 jours': 90,
    '24h': 1,
    '1 jour': 1,
    '1,5 an': 548,
    '25 mois': 760,
  };
  for (const [text, days] of Object.entries(cases)) assert.equal(durationDays(text), days, text);
});

test('13 months are the CNIL’s 395 days, and 12 months a year', () => {
  assert.equal(MONTH_DAYS, 30.4);
  assert.equal(STATISTICS_MAX_DAYS, 395);
  assert.equal(durationDays('13 mois'), STATISTICS_MAX_DAYS);
  assert.equal(durationDays('12 months'), durationDays('1 year'));
});

test('a session, whatever its case and wording', () => {
  for (const text of [
    'session',
    'Session',
    'Durée de la session',
    'fin de session',
    'Jusqu’à la fermeture du navigateur',
    'until the browser is closed',
  ])
    assert.equal(durationDays(text), 'session', text);
});

test('less than a day keeps its fraction', () => {
  assert.equal(durationDays('30 minutes'), 0.0208);
  assert.equal(durationDays('1 minute'), 0.0007);
  assert.equal(durationDays('an hour'), 0.0417);
});

test('sums and alternatives: parts add up, the longest alternative counts', () => {
  assert.equal(durationDays('1 an et 6 mois'), 547);
  assert.equal(durationDays('1 year, 1 month'), 395);
  assert.equal(durationDays('2 ans (730 jours)'), 730);
  assert.equal(durationDays('de 1 à 13 mois'), 395);
  assert.equal(durationDays('jusqu’à 13 mois'), 395);
  assert.equal(durationDays('13 months maximum'), 395);
  assert.equal(durationDays('Session ou 13 mois'), 395);
});

test('no duration: null, and words are not read as units', () => {
  for (const text of ['', 'persistant', '13', 'la journée', 'selon le fournisseur']) assert.equal(durationDays(text), null, text);
  assert.equal(durationDays('1 semaine'), 7, '"s" of semaine is not seconds');
});
