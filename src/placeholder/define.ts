/*
 * The placeholders' module (`dist/cookie-charter-placeholder.js`), which gated content loads when a
 * template is not allowed. It holds no Lit: a visitor who refused pays for it, never for the banner.
 */
import type { PlaceholderModule } from '../enforcement/show-placeholders.js';
import { CookieCharterPlaceholderElement } from './element.js';

declare global {
  interface HTMLElementTagNameMap {
    'cookie-charter-placeholder': CookieCharterPlaceholderElement;
  }
}

/** A placeholder for `template`; defines `<cookie-charter-placeholder>` once per page, even when the script runs twice. */
export const createPlaceholder: PlaceholderModule['createPlaceholder'] = (template, services) => {
  if (!customElements.get('cookie-charter-placeholder'))
    customElements.define('cookie-charter-placeholder', CookieCharterPlaceholderElement);
  const placeholder = document.createElement('cookie-charter-placeholder');
  placeholder.services = services;
  placeholder.template = template;
  return placeholder;
};
