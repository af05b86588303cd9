import { dirOf } from '../charter/direction.js';
import { entryIn } from '../charter/entry-texts.js';
import { fill, withReplacements } from '../charter/overrides.js';
import { PLACEHOLDER_TEXTS } from '../charter/placeholder-texts.js';
import type { Lang, PlaceholderTexts } from '../charter/texts.js';
import type { OptionalCategory } from '../consent/categories.js';
import type { Placeholder, PlaceholderServices } from '../enforcement/show-placeholders.js';
import { embedSize } from './size.js';
import { styles } from './styles.js';

/** The texts that name each category, and say what it is for. */
const CATEGORY_TEXTS: Record<OptionalCategory, [name: keyof PlaceholderTexts, purpose: keyof PlaceholderTexts]> = {
  statistics: ['placeholderStatistics', 'placeholderStatisticsText'],
  'first-party': ['placeholderFirstParty', 'placeholderFirstPartyText'],
  'third-party': ['placeholderThirdParty', 'placeholderThirdPartyText'],
};

/** What takes the focus in the content that replaces a placeholder. */
const FOCUSABLE =
  'a[href],area[href],button,input,select,textarea,iframe,summary,audio[controls],video[controls],[tabindex],[contenteditable]';

/** The placeholders' words of each language at hand: French and English in this file, the others once downloaded. */
const words: Partial<Record<Lang, PlaceholderTexts>> = { ...PLACEHOLDER_TEXTS };

/** One stylesheet for every placeholder of the page. */
let sheet: CSSStyleSheet | undefined;

/** A placeholder's shadow content, built once: a group labelled by its title, its words and its two buttons. */
function build(root: ShadowRoot) {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  root.adoptedStyleSheets = [sheet];
  const add = <K extends keyof HTMLElementTagNameMap>(parent: Node, tag: K, part?: string): HTMLElementTagNameMap[K] => {
    const element = parent.appendChild(document.createElement(tag));
    if (part) element.setAttribute('part', part);
    return element;
  };
  // Empty, at the bottom: the placeholder's baseline (see the styles).
  add(root, 'span').className = 'baseline';
  const group = add(root, 'div', 'placeholder');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', 'title');
  const title = add(group, 'p', 'placeholder-title');
  title.id = 'title';
  const text = add(group, 'p', 'placeholder-text');
  const actions = add(group, 'div');
  actions.className = 'actions';
  const allow = add(actions, 'button', 'placeholder-allow');
  const open = add(actions, 'button', 'placeholder-open');
  allow.type = open.type = 'button';
  open.setAttribute('aria-haspopup', 'dialog');
  return { group, title, text, allow, open };
}

/**
 * Stands where a `<template data-consent="…">` that is not allowed will put its content: says which
 * provider (or category) is turned off and what for, allows that name alone, and opens the charter.
 * It takes the size that the content's attributes or inline style give. The widget puts one before
 * each such template and takes it away when the content comes; a page does not create it. Its
 * module (`dist/cookie-charter-placeholder.js`) holds no Lit: a visitor who refused downloads it
 * without the banner's.
 *
 * @cssprop [--cookie-charter-placeholder-background=#f6f6f6] - the placeholder's background
 * @cssprop [--cookie-charter-color=#161616] - text colour
 * @cssprop [--cookie-charter-muted-color=#3a3a3a] - the purpose
 * @cssprop [--cookie-charter-accent=#000091] - the button that allows, and the link to the charter
 * @cssprop [--cookie-charter-on-accent=#ffffff] - text on the accent colour
 * @cssprop [--cookie-charter-border-color=#929292] - the border
 * @cssprop [--cookie-charter-focus-color=#0a76f6] - the focus ring
 * @cssprop [--cookie-charter-radius=0.25rem] - corner radius of the placeholder and its button
 * @cssprop [--cookie-charter-font=inherit] - font family
 * @cssprop [--cookie-charter-font-size=1rem] - base font size
 *
 * @csspart placeholder - the placeholder's box: a group labelled by its title
 * @csspart placeholder-title - "YouTube est désactivé"
 * @csspart placeholder-text - the entry's purpose, or the category's
 * @csspart placeholder-allow - "Autoriser YouTube": allows that entry (or category) alone
 * @csspart placeholder-open - "Gérer les cookies": opens the charter
 */
export class CookieCharterPlaceholderElement extends HTMLElement implements Placeholder {
  /**
   * What it shows and records into: the consent core, the charter to open, the `<cookie-charter>`
   * whose replacements of the texts apply. Read when it is added to the page.
   * @internal
   */
  services?: PlaceholderServices;
  /** The template it stands for, read when it is added to the page. @internal */
  template?: HTMLTemplateElement;

  private readonly shown = build(this.attachShadow({ mode: 'open' }));
  private stopWatching?: () => unknown;
  /** Its link opened the charter, and the focus has not come back here since. */
  private opened = false;

  constructor() {
    super();
    this.shown.allow.addEventListener('click', () => this.allow());
    this.shown.open.addEventListener('click', () => {
      this.opened = true;
      this.services?.open?.();
    });
    this.addEventListener('focusin', () => (this.opened = false));
  }

  /** Takes the embed's size, and follows the charter (its language, entries and replaced texts) while on the page. */
  connectedCallback(): void {
    if (this.template) for (const [name, value] of Object.entries(embedSize(this.template))) this.style.setProperty(name, value || null);
    this.stopWatching?.();
    this.stopWatching = this.services?.consent.watch(() => this.update());
    this.update();
  }

  disconnectedCallback(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * @internal
   * Gives the focus to `nodes`, the content that takes its place, when the visitor was here: at
   * once, or, when its link opened the charter, once the charter closes with nowhere to give it back.
   * Content with nothing focusable gets the focus on its first element, outside the tab order.
   */
  handOver(nodes: Node[]): void {
    const elements = nodes.filter((node): node is HTMLElement => node.nodeType === 1);
    const focus = () => {
      let target = elements
        .map((element) => (element.matches(FOCUSABLE) ? element : element.querySelector<HTMLElement>(FOCUSABLE)))
        .find(Boolean);
      if (!target && elements[0]) {
        target = elements[0];
        target.tabIndex = -1;
      }
      target?.focus();
    };
    const { activeElement } = this.ownerDocument;
    if (activeElement === this) return focus();
    const dialog = this.opened ? this.services?.host()?.shadowRoot?.querySelector('dialog') : null;
    if (!dialog?.open) return;
    // `close` comes in a task of its own, after the charter has tried to give the focus back.
    dialog.addEventListener('close', () => {
      const active = this.ownerDocument.activeElement;
      if (!active || active === this.ownerDocument.body) focus();
    });
  }

  /** The name the template waits for. */
  private get name(): string {
    return this.template?.getAttribute('data-consent') ?? '';
  }

  /** Allows the name this placeholder stands for, and nothing else: the banner keeps asking about the rest. */
  private allow(): void {
    this.services?.consent.choose({ [this.name]: true });
  }

  /** Shows what the template waits for, in the charter's language and with the portal's replacements. */
  private update(): void {
    const { services, name } = this;
    if (!services) return;
    const { consent, host, warn, open } = services;
    const { lang, entries } = consent.config;
    const category = consent.categoryOf(name) as OptionalCategory;
    if (!Object.hasOwn(CATEGORY_TEXTS, category)) return;
    const own = words[lang];
    // Until a language's words have come, the placeholder keeps those it shows.
    if (!own) {
      void services.loadTexts(lang).then(
        ({ placeholder }) => ((words[lang] ??= placeholder), this.update()),
        (error) => warn('charterTexts', error),
      );
      return;
    }
    const charter = host();
    const texts = charter ? withReplacements(charter, lang, own, true, warn, true) : own;
    const [categoryName, categoryPurpose] = CATEGORY_TEXTS[category];
    const declared = entries.find((row) => row.id === name);
    const entry = declared && entryIn(declared, lang);
    const label = entry ? entry.provider || entry.service || name : texts[categoryName];
    const values = { name: label, category: label };
    const shown = this.shown;
    shown.group.lang = lang;
    shown.group.dir = dirOf(lang);
    shown.title.textContent = fill(entry ? texts.placeholderTitle : texts.placeholderCategoryTitle, values);
    shown.text.textContent = entry?.purpose || texts[categoryPurpose];
    shown.allow.textContent = fill(entry ? texts.placeholderAllow : texts.placeholderCategoryAllow, values);
    shown.open.textContent = texts.placeholderOpen;
    shown.open.hidden = !open;
  }
}
