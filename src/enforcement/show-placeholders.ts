import type { PlaceholderTextsLoader } from '../charter/texts.js';
import type { Consent } from '../consent/consent.js';
import type { Warn } from '../consent/warn.js';

/**
 * What a placeholder needs from the page: the consent core it asks and records into, the charter it
 * opens, and the `<cookie-charter>` whose `data-cookie-charter-texts` replace its words.
 */
export interface PlaceholderServices {
  consent: Consent;
  /** Shows the charter and preferences dialog; without it, the placeholder has no link to the charter. */
  open?: () => void;
  /** The `<cookie-charter>` in charge, or null. */
  host(): Element | null;
  warn: Warn;
  /** Downloads the placeholders' words of a language other than French and English. */
  loadTexts: PlaceholderTextsLoader;
}

/** Where the placeholders and their words come from: the entry's loaders. */
export interface PlaceholderLoaders {
  placeholder(): Promise<PlaceholderModule>;
  placeholderTexts: PlaceholderTextsLoader;
}

/** A placeholder, as gated content uses it. */
export interface Placeholder extends HTMLElement {
  /** Gives the focus to `nodes`, the content that takes its place, when the visitor was there: in it, or in the charter it opened. */
  handOver(nodes: Node[]): void;
}

/** The placeholders' module (`src/placeholder/define.ts`), loaded by gated content on demand. */
export interface PlaceholderModule {
  /** A placeholder for `template`, which gated content puts in its place while it is not allowed. */
  createPlaceholder(template: HTMLTemplateElement, services: PlaceholderServices): Placeholder;
}

/** What gated content does with placeholders (see `showPlaceholders`). */
export interface ShownPlaceholders {
  /** Shows the placeholder of a template that waits for `name`, or takes it away when it should have none. */
  wait(template: HTMLTemplateElement, name: string): void;
  /** Takes away the placeholder of a template; `nodes`, the content put in its place, get the focus it had. */
  remove(template: HTMLTemplateElement, nodes?: Node[]): void;
  /** Takes away the placeholders whose template left the page. */
  tidy(): void;
}

/**
 * The placeholders of the page's templates. A template that waits shows one just before it, when it
 * names a category the charter asks about or an entry of one (nothing else can be allowed) and does
 * not say `data-consent-placeholder="none"`. The module is downloaded (`load`) when the first one is
 * needed (`loaders`); `loaded` is called then, to show them. Their link opens this page's charter (`open`), as its
 * footer links do, whatever a page does to `window.cookieCharter`, and their texts are replaced as the first `<cookie-charter>` says, as the banner's are.
 */
export function showPlaceholders(
  consent: Consent,
  warn: Warn,
  loaders: PlaceholderLoaders,
  loaded: () => void,
  open: () => void,
): ShownPlaceholders {
  const shown = new Map<HTMLTemplateElement, Placeholder>();
  const services: PlaceholderServices = {
    consent,
    warn,
    open,
    host: () => document.querySelector('cookie-charter'),
    loadTexts: loaders.placeholderTexts,
  };
  let module: PlaceholderModule | undefined;
  let loading = false;

  /** Runs what a placeholder does in the page: a problem there (a page's own element of that name) is reported, never thrown. */
  const safely = (action: () => void) => {
    try {
      action();
    } catch (error) {
      warn('threw', 'a placeholder', error);
    }
  };

  const remove = (template: HTMLTemplateElement, nodes?: Node[]) => {
    const placeholder = shown.get(template);
    if (!placeholder) return;
    shown.delete(template);
    if (nodes) safely(() => placeholder.handOver(nodes));
    placeholder.remove();
  };

  const wait = (template: HTMLTemplateElement, name: string) => {
    const kind = consent.categoryOf(name);
    const none = template.getAttribute('data-consent-placeholder')?.trim().toLowerCase() === 'none';
    if (none || !consent.categories.some((category) => category === kind)) return remove(template);
    if (!module) {
      if (loading) return;
      loading = true;
      loaders.placeholder().then(
        (result) => {
          module = result;
          loaded();
        },
        (error) => {
          loading = false; // tried again at the next change
          // Said here, not through warn(): the explanations would come from the same missing folder.
          console.warn('cookie-charter: the placeholders could not be loaded; blocked embeds leave an empty place.', error);
        },
      );
      return;
    }
    const made = module;
    safely(() => {
      const placeholder = shown.get(template) ?? made.createPlaceholder(template, services);
      shown.set(template, placeholder);
      if (placeholder.nextSibling !== template) template.before(placeholder);
    });
  };

  const tidy = () => {
    for (const template of shown.keys()) if (!template.isConnected) remove(template);
  };

  return { wait, remove, tidy };
}
