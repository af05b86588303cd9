import { durationDays, MONTH_DAYS, STATISTICS_MAX_DAYS } from '../../../src/consent/duration.js';
import { suggestedId } from '../../../src/consent/suggested-id.js';
import { lookup } from './catalogue.js';
import type { DeclaredEntry, Item, Suggestion } from './types.js';

type Lang = 'fr' | 'en';

const WORDS = {
  fr: { minute: ['minute', 'minutes'], hour: ['heure', 'heures'], day: ['jour', 'jours'], month: ['mois', 'mois'], year: ['an', 'ans'] },
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], month: ['month', 'months'], year: ['year', 'years'] },
};

/**
 * A lifetime in the charter's words ("13 mois", "2 ans", "30 jours", "Session"), rounded up so that
 * reading it back (`durationDays`) covers it; '' when there is none (storage that does not expire).
 */
export function durationText(days: number | 'session' | null, lang: Lang): string {
  if (days === null) return '';
  if (days === 'session') return 'Session';
  const words = WORDS[lang];
  const say = (count: number, [one, many]: string[]) => `${count} ${count > 1 ? many : one}`;
  if (days < 1 / 24) return say(Math.max(1, Math.round(days * 1440)), words.minute);
  if (days < 1) return say(Math.round(days * 24), words.hour);
  const years = days / 365;
  if (days >= 360 && Math.abs(years - Math.round(years)) < 0.02) return say(Math.round(years), words.year);
  if (days < 31) return say(Math.ceil(days - 0.05), words.day);
  return say(Math.ceil(days / MONTH_DAYS - 0.1), words.month);
}

/** The longer of two lifetimes; a session is shorter than any number of days. */
const longer = (a: number | 'session' | null, b: number | 'session' | null) =>
  typeof a === 'number' && typeof b === 'number' ? Math.max(a, b) : typeof a === 'number' ? a : typeof b === 'number' ? b : (a ?? b);

/**
 * The entry to add for an undeclared cookie or storage key: the catalogue's service when it knows the
 * name, else an entry whose every field but the name and the observed lifetime needs someone to fill it.
 */
export function suggestionFor(item: Item, declared: DeclaredEntry[], lang: Lang): Suggestion {
  const seen = item.session ? 'session' : item.expires;
  const known = lookup(item.name, item.domain);
  if (!known) {
    return {
      id: suggestedId(item.name),
      category: null,
      provider: '',
      service: '',
      cookies: [item.name],
      purpose: '',
      duration: durationText(seen, lang),
      known: false,
      verified: false,
      source: null,
      extend: null,
    };
  }
  const { service, cookie } = known;
  const provider = service.provider.toLowerCase();
  const same = declared.find((entry) => !entry.builtin && (entry.id === service.id || entry.provider.toLowerCase() === provider));
  return {
    id: service.id,
    category: service.category,
    provider: service.provider,
    service: service.service[lang],
    cookies: [cookie.name],
    purpose: service.purpose[lang],
    duration: durationText(longer(cookie.days, seen), lang),
    known: true,
    verified: cookie.verified,
    source: service.source,
    extend: same ? (same.id ?? same.provider) : null,
  };
}

/** Suggestions for one service merged into one entry: its names together, the longest duration. */
export function mergeSuggestions(suggestions: Suggestion[]): Suggestion[] {
  const merged = new Map<string, Suggestion>();
  for (const suggestion of suggestions) {
    const key = suggestion.known ? `known:${suggestion.id}` : `unknown:${suggestion.cookies[0]}`;
    const before = merged.get(key);
    if (!before) {
      merged.set(key, { ...suggestion, cookies: [...suggestion.cookies] });
      continue;
    }
    for (const name of suggestion.cookies) if (!before.cookies.includes(name)) before.cookies.push(name);
    before.verified &&= suggestion.verified;
    const days = (text: string) => durationDays(text);
    if (longer(days(before.duration), days(suggestion.duration)) !== days(before.duration)) before.duration = suggestion.duration;
  }
  return [...merged.values()];
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Comments may hold neither "--" nor a closing ">" right after a dash.
const comment = (text: string) => `<!-- ${text.replace(/-(?=-|>)/g, '- ')} -->`;

const NOTES = {
  fr: {
    known: (source: string) => `Proposée par le catalogue du scanner ; vérifiez-la avant de la publier. Source : ${source}`,
    unverified: (source: string) =>
      `Proposée par le catalogue du scanner, qui n'a pas pu vérifier ces noms ou ces durées à la source (${source}) : vérifiez-les.`,
    cnil: 'Cet outil garde ses cookies plus de 13 mois, le plus que la CNIL admette pour la mesure d’audience : réglez-le, puis indiquez la durée réelle.',
    extend: (names: string, entry: string) => `Ajoutez ${names} aux cookies de l'entrée « ${entry} », qui déclare déjà ce fournisseur.`,
    unknown: (names: string, where: string) =>
      `À COMPLÉTER : ${names} (${where}) est inconnu du scanner. Indiquez la catégorie, le fournisseur, le service et la finalité, puis retirez ce commentaire.`,
  },
  en: {
    known: (source: string) => `Suggested by the scanner's catalogue; check it before publishing. Source: ${source}`,
    unverified: (source: string) =>
      `Suggested by the scanner's catalogue, which could not check these names or durations at the source (${source}): check them.`,
    cnil: 'This tool keeps its cookies longer than 13 months, the most the CNIL accepts for audience measurement: configure it, then give the real duration.',
    extend: (names: string, entry: string) => `Add ${names} to the cookies of the entry "${entry}", which already declares this provider.`,
    unknown: (names: string, where: string) =>
      `TO COMPLETE: ${names} (${where}) is unknown to the scanner. Fill in the category, provider, service and purpose, then remove this comment.`,
  },
};

/**
 * Ready-to-paste `<cookie-charter-entry>` elements. An unknown name's entry stays inside a comment:
 * pasted as is, it declares nothing until someone has chosen its category.
 */
export function entriesHtml(suggestions: Suggestion[], where: Map<string, string>, lang: Lang): string {
  const notes = NOTES[lang];
  const blocks: string[] = [];
  for (const suggestion of suggestions) {
    const names = suggestion.cookies.join(' ');
    if (suggestion.extend) {
      blocks.push(comment(notes.extend(names, suggestion.extend)));
      continue;
    }
    const fields: [string, string][] = [
      ['id', suggestion.id],
      ['category', suggestion.category ?? ''],
      ['provider', suggestion.provider],
      ['service', suggestion.service],
      ['cookies', names],
      ['purpose', suggestion.purpose],
      ['duration', suggestion.duration],
    ];
    const element = `<cookie-charter-entry ${fields.map(([name, value]) => `${name}="${attribute(value)}"`).join(' ')}></cookie-charter-entry>`;
    if (!suggestion.known) {
      const place = where.get(suggestion.cookies[0]) ?? '';
      blocks.push(comment(`${notes.unknown(names, place)}\n${element}`));
    } else {
      const days = durationDays(suggestion.duration);
      const long = suggestion.category === 'statistics' && typeof days === 'number' && days > STATISTICS_MAX_DAYS;
      const note = suggestion.verified ? notes.known(suggestion.source!) : notes.unverified(suggestion.source!);
      blocks.push(`${comment(long ? `${note} ${notes.cnil}` : note)}\n${element}`);
    }
  }
  return blocks.join('\n');
}
