/*
 * The snippet a portal pastes: its `<cookie-charter>`, each tracker's tag gated on its entry, each embed
 * in a template, the footer link and the script, placed as docs/install.md recommends (or in one block
 * for back offices that take footer HTML only). Pure: the configuration and the catalogue come in.
 */
import type { KnownService } from '../../packages/scan/src/catalogue.js';
import { ENTRY_ID } from '../../src/consent/config.js';
import { REVEAL } from '../../src/prerender.js';
import { LANGUAGE_NAMES, normalized, type Configuration, type EntryDraft, type Language, type Placement } from './model.js';
import { OPEN_LINK, type SnippetWords } from './texts.js';

/** A value escaped for a double-quoted attribute: it reads back as written, quotes, `<` and `&` included. */
export const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text safe inside an HTML comment, which may hold neither `--` nor a `>` right after a dash. */
const commentText = (text: string) => text.replace(/-(?=-|>)/g, '- ').replace(/^>/, ' >');
const comment = (text: string) => `<!-- ${commentText(text)} -->`;

/** `name="value"` pairs, wrapped into lines of about 100 characters under `indent`. */
function attributes(pairs: [string, string | true][], indent: string): string {
  const written = pairs.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`));
  const lines: string[] = [];
  for (const attribute of written) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + attribute.length < 100) lines[last] += ` ${attribute}`;
    else lines.push(attribute);
  }
  return lines.map((line, index) => (index === 0 ? ` ${line}` : `\n${indent}${line}`)).join('');
}

/** One `<cookie-charter-entry>`: the default language's texts plain, the others' suffixed (`purpose-de`). */
function entryHtml(entry: EntryDraft, languages: Language[]): string {
  const [first, ...others] = languages;
  const pairs: [string, string | true][] = [];
  const add = (name: string, value: string) => {
    if (value) pairs.push([name, value]);
  };
  add('id', entry.id);
  pairs.push(['category', entry.category]);
  add('provider', entry.provider);
  add('service', entry.texts[first]?.service ?? '');
  for (const lang of others) add(`service-${lang}`, entry.texts[lang]?.service ?? '');
  add('cookies', entry.cookies);
  add('purpose', entry.texts[first]?.purpose ?? '');
  for (const lang of others) add(`purpose-${lang}`, entry.texts[lang]?.purpose ?? '');
  add('duration', entry.duration);
  if (entry.exempt) pairs.push(['exempt', true]);
  return `  <cookie-charter-entry${attributes(pairs, '      ')}></cookie-charter-entry>`;
}

/** The `<cookie-charter>` element with its entries; `lang` only for a portal in one language. */
export function charterHtml(config: Configuration): string {
  const pairs: [string, string | true][] = [];
  if (config.platform) pairs.push(['platform', config.platform]);
  if (config.languages.length === 1) pairs.push(['lang', config.languages[0]]);
  if (config.revision) pairs.push(['revision', config.revision]);
  if (config.expires) pairs.push(['expires', config.expires]);
  if (config.cookieDomain) pairs.push(['cookie-domain', config.cookieDomain]);
  if (config.policyUrl) pairs.push(['policy-url', config.policyUrl]);
  if (config.receiptEndpoint) pairs.push(['receipt-endpoint', config.receiptEndpoint]);
  if (config.googleConsentMode) pairs.push(['google-consent-mode', true]);
  const entries = config.entries.map((entry) => `${entryHtml(entry, config.languages)}\n`).join('');
  return `<cookie-charter${attributes(pairs, '    ')}>\n${entries}</cookie-charter>`;
}

/** Why a tag's field holds no usable value. */
export type FieldProblem = 'required' | 'pattern';

/** A catalogue tag filled in: its HTML, or null with the fields that stop it. */
export interface FilledTag {
  kind: 'script' | 'embed';
  html: string | null;
  problems: Map<string, FieldProblem>;
}

/** Whether `value` fits a field's pattern, matched whole. */
export const fits = (value: string, pattern: string | undefined) => !pattern || new RegExp(`^(?:${pattern})$`).test(value);

/**
 * The service's tag gated on the entry: on its id, or on its category when the id is not one the widget
 * accepts. Values are checked against their patterns, which keep quotes and `<` out of the tags'
 * scripts, and escaped as attributes.
 */
export function fillTag(entry: EntryDraft, service: KnownService | undefined): FilledTag | null {
  const tag = service?.tag;
  if (!tag) return null;
  const problems = new Map<string, FieldProblem>();
  for (const field of tag.fields) {
    const value = entry.tag[field.name] ?? '';
    if (!value) problems.set(field.name, 'required');
    else if (!fits(value, field.pattern)) problems.set(field.name, 'pattern');
  }
  const gate = ENTRY_ID.test(entry.id) ? entry.id : entry.category;
  if (problems.size || !gate) return { kind: tag.kind, html: null, problems };
  const html = tag.html.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeAttribute(name === 'id' ? gate : (entry.tag[name] ?? '')));
  return { kind: tag.kind, html, problems };
}

/** The parts of a snippet, before they are placed. */
export interface SnippetParts {
  script: string;
  charter: string;
  /** Gated tracker tags, and notes for the trackers whose tag the catalogue does not know. */
  tags: string[];
  /** Templates of embedded content. */
  embeds: string[];
  link: string;
  /** The banner written into the page (prerender()'s declarative shadow root), or '' until the preview has drawn it. */
  written: string;
  /** The language the written banner speaks: the portal's first. */
  writtenLang: Language;
}

export function snippetParts(config: Configuration, services: KnownService[], words: SnippetWords, written = ''): SnippetParts {
  const tags: string[] = [];
  const embeds: string[] = [];
  for (const entry of config.entries) {
    const service = services.find((known) => known.id === entry.service);
    const filled = fillTag(entry, service);
    if (filled?.html) (filled.kind === 'embed' ? embeds : tags).push(filled.html);
    else if (filled) (filled.kind === 'embed' ? embeds : tags).push(comment(words.fillTag(entry.provider || entry.id)));
    else if (entry.category && entry.category !== 'necessary')
      tags.push(comment(words.ownTag(entry.provider || entry.id, entry.id || entry.category)));
  }
  return {
    script: escapeAttribute(config.scriptUrl),
    charter: charterHtml(config),
    tags,
    embeds,
    link: `<a href="#" data-cookie-charter-open>${OPEN_LINK[config.languages[0]]}</a>`,
    written,
    writtenLang: config.languages[0],
  };
}

/** Where each part goes: the one place that says it, so that the placement can change alone. */
export function placeSnippet(parts: SnippetParts, placement: Placement, words: SnippetWords): string {
  const blocks: string[] = [];
  const tags = parts.tags.length ? `\n\n${comment(words.tags)}\n${parts.tags.join('\n')}` : '';
  if (placement === 'recommended') {
    blocks.push(`${comment(words.head)}\n<script src="${parts.script}" async fetchpriority="high"></script>`);
    // The banner written first in the element, and the inline script that shows it right after the element.
    const charter = parts.written
      ? `${comment(words.written)}\n${parts.charter.replace('>', `>\n${parts.written}`)}\n<script>${REVEAL}</script>`
      : `${comment(words.writtenPending(LANGUAGE_NAMES[parts.writtenLang]))}\n${parts.charter}`;
    blocks.push(`${comment(words.bodyStart)}\n${charter}${tags}`);
    blocks.push(`${comment(words.footer)}\n${parts.link}`);
  } else {
    blocks.push(`${comment(words.footerOnly)}\n${parts.charter}\n${parts.link}${tags}\n<script src="${parts.script}" defer></script>`);
  }
  if (parts.embeds.length) blocks.push(`${comment(words.embeds)}\n${parts.embeds.join('\n')}`);
  return `${blocks.join('\n\n')}\n`;
}

/** The whole snippet for a configuration. */
export const snippet = (config: Configuration, services: KnownService[], words: SnippetWords, written = '') => {
  const clean = normalized(config);
  return placeSnippet(snippetParts(clean, services, words, written), clean.placement, words);
};
